// The pre-render's stylesheets (and the rest of @knead/widgets/dist) served by this app under /knead/,
// the asset base given to app.use(KneadAssetBase) in app/plugins/knead.ts: copied at build time, so nothing comes from a CDN.
import { cpSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = dirname(fileURLToPath(import.meta.resolve('@knead/widgets/knead.css')));
const target = new URL('./public/knead', import.meta.url).pathname;
rmSync(target, { recursive: true, force: true });
cpSync(dist, target, { recursive: true });
