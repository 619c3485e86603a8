// Loading the seed reading in headless Chromium: the longest main-thread task at load (PerformanceObserver
// longtask, 5 runs at 1280x900 and 412x823) and Lighthouse's mobile performance score, served with gzip as GitHub
// Pages serves it. The tools are not the project's: install them in a folder outside the repository first.
//
//   mkdir -p /tmp/qr-page && (cd /tmp/qr-page && npm i -E lighthouse@12.2.3 playwright-core@1.65.1)
//   dotnet run --project src/QingdaoReader.Cli -- build
//   QR_TOOLS=/tmp/qr-page node tests/QingdaoReader.Benchmarks/scripts/page_load.mjs _site
//
// Chromium is /usr/bin/chromium (CHROME_PATH to change it). Prints one line per measure.
import { createRequire } from "node:module";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import zlib from "node:zlib";

const site = path.resolve(process.argv[2] ?? "_site");
const tools = process.env.QR_TOOLS ?? "/tmp/qr-page";
const chrome = process.env.CHROME_PATH ?? "/usr/bin/chromium";
const require = createRequire(path.join(tools, "package.json"));
const { chromium } = require("playwright-core");
// QR_PAGE measures another page of the site, e.g. /glossary/.
const page = process.env.QR_PAGE ?? "/readings/shandong-inspection-qingdao/";

const types = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css", ".svg": "image/svg+xml" };
const server = http.createServer((req, res) => {
  let file = path.join(site, decodeURIComponent(new URL(req.url, "http://x").pathname));
  if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, "index.html");
  if (!file.startsWith(site) || !fs.existsSync(file)) { res.writeHead(404); res.end(); return; }
  res.writeHead(200, { "Content-Type": types[path.extname(file)] ?? "application/octet-stream", "Content-Encoding": "gzip" });
  res.end(zlib.gzipSync(fs.readFileSync(file)));
});
await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
const url = `http://127.0.0.1:${server.address().port}${page}`;

const html = fs.readFileSync(path.join(site, page, "index.html"));
console.log(`HTML ${(html.length / 1024).toFixed(1)} KB, gzip ${(zlib.gzipSync(html, { level: 6 }).length / 1024).toFixed(1)} KB`);

const browser = await chromium.launch({ executablePath: chrome, args: ["--no-sandbox"] });
for (const [width, height] of [[1280, 900], [412, 823]]) {
  const longest = [];
  for (let run = 0; run < 5; run++) {
    const context = await browser.newContext({ viewport: { width, height } });
    const tab = await context.newPage();
    await tab.addInitScript(() => {
      window.__long = [];
      new PerformanceObserver((l) => l.getEntries().forEach((e) => window.__long.push(e.duration))).observe({ type: "longtask", buffered: true });
    });
    await tab.goto(url, { waitUntil: "load" });
    await tab.waitForTimeout(3000);
    longest.push(Math.round(await tab.evaluate(() => Math.max(0, ...window.__long))));
    await context.close();
  }
  console.log(`${width}x${height}: longest task at load (ms, 5 runs; 0 = none over 50 ms): ${longest.join(" ")}`);
}
await browser.close();

const report = path.join(fs.mkdtempSync("/tmp/qr-lh-"), "report.json");
// Asynchronously: the server above runs in this process.
await promisify(execFile)(path.join(tools, "node_modules/.bin/lighthouse"), [url, "--only-categories=performance,accessibility",
  '--chrome-flags=--headless=new --no-sandbox', "--output=json", `--output-path=${report}`, "--quiet"],
  { env: { ...process.env, CHROME_PATH: chrome } });
const lh = JSON.parse(fs.readFileSync(report, "utf8"));
const a = lh.audits;
console.log(`Lighthouse 12 mobile: performance ${Math.round(lh.categories.performance.score * 100)}, accessibility ${Math.round(lh.categories.accessibility.score * 100)};`
  + ` LCP ${a["largest-contentful-paint"].displayValue}, TBT ${a["total-blocking-time"].displayValue}, CLS ${a["cumulative-layout-shift"].displayValue},`
  + ` main-thread work ${a["mainthread-work-breakdown"].displayValue}, ${a["dom-size"].displayValue}`);
server.close();
