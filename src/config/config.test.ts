import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe('configuration', () => {
  it('runs with no settings at all, on PGlite, on port 3000', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ PORT: 3000, PUBLIC_URL: 'http://localhost:3000', secureCookies: false, LOAD_DEMO_DATA: true });
    expect(config.DATABASE_URL).toBeUndefined();
  });

  it('derives the public address from the port, and turns on secure cookies for https', () => {
    expect(loadConfig({ PORT: '3100' }).PUBLIC_URL).toBe('http://localhost:3100');
    expect(loadConfig({ PUBLIC_URL: 'https://priora.example.org/' })).toMatchObject({ PUBLIC_URL: 'https://priora.example.org', secureCookies: true });
  });

  it('lists every bad setting at once', () => {
    expect(() => loadConfig({ PORT: 'eighty', SESSION_IDLE_MINUTES: '90', DATABASE_URL: 'mysql://x' })).toThrow(
      /PORT[\s\S]*DATABASE_URL[\s\S]*SESSION_IDLE_MINUTES|PORT[\s\S]*SESSION_IDLE_MINUTES[\s\S]*DATABASE_URL/,
    );
  });

  it('refuses to start in production without a secret key', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(ConfigError);
  });
});
