import { resolve } from 'node:path';
import { defineConfig } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS } from './e2e/chromium';

// E2E_PORT and E2E_OUT let two checkouts run their suites side by side without sharing a server or a build.
const PORT = Number(process.env.E2E_PORT ?? 4317);
const OUT = process.env.E2E_OUT ?? 'dist';
/** The origin of the e2e host pages that embed the element: not the app's. */
const HOSTS_PORT = PORT + 1;

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  // Generous limits: they catch hangs, not slowness; CI may run on a machine that is busy with other work
  // (the servers' limits too: they build the app, the element and a host page first).
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    viewport: { width: 1280, height: 800 },
    video: 'off',
    trace: 'off',
    // Requests a service worker serves bypass page.route, which the fault specs break chunks with;
    // e2e/offline.spec.ts allows service workers for its own tests.
    serviceWorkers: 'block',
    launchOptions: { executablePath: CHROMIUM, args: CHROMIUM_ARGS },
  },
  webServer: [
    {
      // The app and the embeddable element (OUT/embed), served with CORS open so pages on other origins can load the element.
      command:
        `npx vite build --logLevel warn --outDir ${OUT} && npx vite build -c vite.embed.config.ts --logLevel warn --outDir ${OUT}/embed` +
        ` && npx vite preview -c vite.embed.config.ts --host 127.0.0.1 --port ${PORT} --strictPort --outDir ${OUT}`,
      url: `http://127.0.0.1:${PORT}`,
      reuseExistingServer: !process.env.CI,
      timeout: 300_000,
    },
    {
      // Pages that embed the element, on another origin (e2e/hosts; element*.spec.ts).
      command:
        `npx vite build -c e2e/hosts/react/vite.config.ts --logLevel warn --outDir ${resolve(`${OUT}-hosts`, 'react')}` +
        ` && npx tsx e2e/hosts/server.ts ${HOSTS_PORT} http://127.0.0.1:${PORT} ${OUT}-hosts`,
      url: `http://127.0.0.1:${HOSTS_PORT}/plain.html`,
      reuseExistingServer: !process.env.CI,
      timeout: 300_000,
    },
  ],
});
