// Open Neo4j Browser in Debian's headless Chromium, log in, style the graph with queries/graphbuild.grass, run a
// query and report which node captions the result graph shows. Prints one JSON line; saves a screenshot.
// Usage: node neo4j_browser.mjs BROWSER_URL BOLT_HOST:PORT USER PASSWORD QUERY SCREENSHOT_PATH GRASS_PATH
import { chromium } from "playwright-core";
import { readFileSync } from "node:fs";

const [browserUrl, bolt, user, password, query, screenshot, grassPath] = process.argv.slice(2);
const executablePath = process.env.CHROMIUM || "/usr/bin/chromium";
const browser = await chromium.launch({
  executablePath,
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"],
});
const result = { connected: false, captions: [], error: null };
try {
  const page = await browser.newPage({ viewport: { width: 1500, height: 1000 } });
  const url = `${browserUrl.replace(/\/$/, "")}/browser/?dbms=neo4j://${user}@${bolt}&preselectAuthMethod=NATIVE`;
  await page.goto(url, { waitUntil: "domcontentloaded", timeout: 60000 });
  await page.fill('input[data-testid="password"]', password, { timeout: 60000 });
  await page.click('button[data-testid="connect"]');
  await page.getByText(`You are connected as user`, { exact: false }).first().waitFor({ timeout: 60000 });
  result.connected = true;

  const run = async (text) => {
    const editor = page.locator('[data-testid="activeEditor"]').first();
    await editor.click();
    await page.keyboard.press("Control+A");
    await page.keyboard.press("Delete");
    await page.keyboard.insertText(text);
    await page.click('[data-testid="editor-Run"]');
  };
  if (grassPath) {
    const grass = readFileSync(grassPath, "utf8").replace(/\s+/g, " ");
    await run(`:style ${grass}`);
    await page.waitForTimeout(1500);
  }
  await run(query);
  const frame = page.locator('[data-testid="frame"]').first();
  await frame.locator("svg text").first().waitFor({ timeout: 60000 });
  await page.waitForTimeout(3000); // let the force layout settle for the screenshot
  result.captions = await frame.locator("svg text").allTextContents();
  await page.screenshot({ path: screenshot, fullPage: false });
} catch (err) {
  result.error = String(err && err.message ? err.message : err);
} finally {
  await browser.close();
}
console.log(JSON.stringify(result));
