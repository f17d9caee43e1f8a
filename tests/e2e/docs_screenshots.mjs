// Makes the reduced screenshots of docs/ (classroom.md, embed.md, the README) from the ones the
// e2e tests write:
//
//   node --test tests/e2e/classroom.test.mjs tests/e2e/embed.test.mjs tests/e2e/export.test.mjs \
//     tests/e2e/accessibility.test.mjs tests/e2e/phone.test.mjs
//   node tests/e2e/docs_screenshots.mjs
//
// Each PNG in tests/e2e/output is drawn 960 px wide (a phone's 390) and saved as a JPEG in
// docs/screenshots.

import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import fs from 'node:fs';
import path from 'node:path';

const require = createRequire(new URL('../../tools/package.json', import.meta.url));
const { chromium } = require('playwright-core');
const REPO = fileURLToPath(new URL('../../', import.meta.url));
const OUT = path.join(REPO, 'tests', 'e2e', 'output');
const DOCS = path.join(REPO, 'docs', 'screenshots');
const SHOTS = {
  'root-presentation-1920': 'story-presentation', 'root-two-residents': 'two-residents', 'root-story-step-5': 'story-step-5',
  'root-game-round': 'game-round', 'root-compare': 'compare', 'root-worksheet-print': 'worksheet-print',
  'root-embedded': 'embedded', 'root-export': 'export', 'root-map-keyboard-step': 'keyboard-map',
  'root-phone-den-haag': ['phone', 390], 'root-phone-sheet-open': ['phone-sheet', 390],
};

fs.mkdirSync(DOCS, { recursive: true });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 960, height: 600 } });
for (const [from, target] of Object.entries(SHOTS)) {
  const [to, width] = Array.isArray(target) ? target : [target, 960];
  const png = fs.readFileSync(path.join(OUT, `${from}.png`)).toString('base64');
  await page.setContent(`<body style="margin:0"><img style="display:block;width:${width}px" src="data:image/png;base64,${png}"></body>`);
  const img = page.locator('img');
  await img.evaluate((i) => i.decode());
  await img.screenshot({ path: path.join(DOCS, `${to}.jpg`), type: 'jpeg', quality: 72 });
}
await browser.close();
console.log(`wrote ${Object.keys(SHOTS).length} screenshots to ${DOCS}`);
