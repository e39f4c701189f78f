// Verifies a record in headless Chromium with the page web/verify.html
// (ballots checked by Web Workers) and returns the outcome the page
// reports. From the command line it prints it (used for
// docs/performance.md):
//
//	node test/chromium.mjs RECORD [WORKERS]
import { createServer } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const types = { '.html': 'text/html', '.js': 'text/javascript' };

export function verifyInChromium(record, workers = 2) {
  return new Promise((resolve, reject) => {
    let browser;
    const server = createServer((req, res) => {
      const url = new URL(req.url, 'http://x');
      if (req.method === 'POST' && url.pathname === '/result') {
        let body = '';
        req.on('data', (d) => (body += d));
        req.on('end', () => {
          res.end();
          browser.kill();
          server.close();
          resolve(JSON.parse(body));
        });
        return;
      }
      const file = url.pathname === '/record' ? record : join(root, url.pathname);
      try {
        const size = statSync(file).size;
        res.writeHead(200, { 'content-type': types[file.slice(file.lastIndexOf('.'))] ?? 'application/octet-stream', 'content-length': size });
        createReadStream(file).pipe(res);
      } catch {
        res.writeHead(404).end();
      }
    });
    server.listen(0, '127.0.0.1', () => {
      const port = server.address().port;
      const page = `http://127.0.0.1:${port}/web/verify.html?record=/record&workers=${workers}&report=/result`;
      browser = spawn('chromium', ['--headless=new', '--no-sandbox', '--disable-gpu', `--user-data-dir=${join(tmpdir(), 'evote-verify-chromium-' + port)}`, page], { stdio: 'ignore' });
      browser.on('error', (e) => {
        server.close();
        reject(e);
      });
    });
  });
}

if (process.argv[1] === new URL(import.meta.url).pathname && process.argv[2]) {
  const [record, workers = '2'] = process.argv.slice(2);
  const out = await verifyInChromium(record, Number(workers));
  console.log(JSON.stringify(out));
  process.exitCode = out.ok ? 0 : 1;
}
