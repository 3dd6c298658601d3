// How Knead starts Chromium everywhere (tests, bench, screenshots): Debian's build, never a download,
// and no background networking, which this machine's closed network would stall on.

/** The Chromium binary: `$CHROMIUM_PATH`, else Debian's. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Command-line flags for headless runs. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Playwright launch options. */
export const chromiumLaunchOptions = { executablePath: chromiumPath, args: chromiumArgs };
