/**
 * The text of every account email and SMS. Messages carry links and codes only: never
 * PHI, since email and SMS are not secure channels.
 */
export const messages = {
  verifyEmail: (publicUrl: string, token: string, userName: string) => ({
    template: 'account.verify_email',
    subject: 'Priora: verify your email and create your password',
    body: [
      `Welcome to Priora.`,
      ``,
      `Your user ID is: ${userName}`,
      ``,
      `To verify your email address and create your password, open this link within 24 hours:`,
      `${publicUrl}/verify-email?token=${token}`,
      ``,
      `If you did not register, you can ignore this email.`,
    ].join('\n'),
  }),
  invitation: (publicUrl: string, token: string, userName: string, invitedBy: string) => ({
    template: 'account.invitation',
    subject: 'Priora: an account was created for you',
    body: [
      `${invitedBy} created a Priora account for you.`,
      ``,
      `Your user ID is: ${userName}`,
      ``,
      `To verify your email address and create your password, open this link within 72 hours:`,
      `${publicUrl}/verify-email?token=${token}`,
    ].join('\n'),
  }),
  userNameTaken: (publicUrl: string, userName: string) => ({
    template: 'account.user_name_taken',
    subject: 'Priora: your registration could not be completed',
    body: [
      `Someone (probably you) tried to register for Priora with the user name "${userName}", which is already in use.`,
      ``,
      `To register, go to ${publicUrl}/register and choose a different user name.`,
      `If the user name is yours, use ${publicUrl}/forgot-password to set a new password.`,
    ].join('\n'),
  }),
  userIdReminder: (publicUrl: string, userNames: string[]) => ({
    template: 'account.user_id_reminder',
    subject: 'Priora: your user ID',
    body: [
      userNames.length === 1
        ? `Your Priora user ID is: ${userNames[0]}`
        : `These Priora user IDs use this email address:\n${userNames.map((name) => `  ${name}`).join('\n')}`,
      ``,
      `Sign in at ${publicUrl}/login`,
      ``,
      `If you did not ask for this, you can ignore this email.`,
    ].join('\n'),
  }),
  passwordReset: (publicUrl: string, token: string) => ({
    template: 'account.password_reset',
    subject: 'Priora: reset your password',
    body: [
      `To choose a new Priora password, open this link within 1 hour:`,
      `${publicUrl}/reset-password?token=${token}`,
      ``,
      `If you did not ask for this, you can ignore this email; your password has not changed.`,
    ].join('\n'),
  }),
  passwordChanged: (publicUrl: string) => ({
    template: 'account.password_changed',
    subject: 'Priora: your password was changed',
    body: [
      `Your Priora password was just changed, and your other sessions and remembered devices were signed out.`,
      ``,
      `If you did not do this, reset your password now at ${publicUrl}/forgot-password and tell your administrator.`,
    ].join('\n'),
  }),
  pinEmail: (pin: string) => ({
    template: 'mfa.pin',
    subject: 'Priora: your verification code',
    body: `Your Priora verification code is ${pin}. It expires in 10 minutes. Never share this code; Priora staff will never ask for it.`,
  }),
  pinSms: (pin: string) => ({
    template: 'mfa.pin',
    subject: 'Verification code',
    body: `Priora code: ${pin}. Expires in 10 minutes. Do not share it.`,
  }),
};
