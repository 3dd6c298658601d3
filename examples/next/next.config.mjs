/** @type {import('next').NextConfig} */
export default {
  // `pnpm typecheck` checks the types; the build does not do it a second time.
  typescript: { ignoreBuildErrors: true },
};
