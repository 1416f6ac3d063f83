import { generate } from 'otplib';
import { demoAccounts, demoTotpSecret } from '../app/demo/demo-accounts.ts';

/** `npm run demo:codes`: the current authenticator-app code of every demo sign-in. */
const now = Math.floor(Date.now() / 1000);
const secondsLeft = 30 - (now % 30);
console.log(`Current codes (valid for about ${secondsLeft} more seconds):`);
for (const account of demoAccounts) {
  const code = await generate({ secret: demoTotpSecret(account.userName), epoch: now });
  console.log(`  ${account.userName.padEnd(16)} ${code}`);
}
console.log('\nTo use a real authenticator app instead, add these secrets:');
for (const account of demoAccounts) {
  console.log(`  ${account.userName.padEnd(16)} ${demoTotpSecret(account.userName)}`);
}
