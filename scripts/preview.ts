import { createReadStream, existsSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { createGzip } from "node:zlib";
import { lookup } from "mrmime";
import { headersFor, parseHeadersFile, parseNetlifyToml, parseRedirectsFile, resolvePath, type HeaderRule } from "../lib/site/netlify-config.ts";

/*
 * `npm run preview`: serves the built site on 127.0.0.1 with the headers and redirects of
 * netlify.toml (read from the file) and of the build's own _headers and _redirects (301s of
 * old article URLs, 410s of taken-down articles), as Netlify would.
 */

const PROJECT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export interface PreviewServer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

export function startPreviewServer(options: { dir: string; port?: number; netlifyToml?: string }): Promise<PreviewServer> {
  const root = path.resolve(options.dir);
  const rules = parseNetlifyToml(readFileSync(options.netlifyToml ?? path.join(PROJECT_DIR, "netlify.toml"), "utf8"));
  const deployHeadersFile = path.join(root, "_headers");
  const deployHeaders: HeaderRule[] = existsSync(deployHeadersFile) ? parseHeadersFile(readFileSync(deployHeadersFile, "utf8")) : [];
  const headerRules = [...rules.headers, ...deployHeaders];
  // Netlify reads the deploy's _redirects before the rules of netlify.toml.
  const deployRedirectsFile = path.join(root, "_redirects");
  const redirects = [...(existsSync(deployRedirectsFile) ? parseRedirectsFile(readFileSync(deployRedirectsFile, "utf8")) : []), ...rules.redirects];

  const fileFor = (urlPath: string): string | undefined => {
    const file = path.join(root, urlPath);
    return file.startsWith(root) && existsSync(file) && statSync(file).isFile() ? file : undefined;
  };

  const server = createServer((request, response) => {
    let urlPath: string;
    try {
      urlPath = decodeURIComponent(new URL(request.url ?? "/", "http://preview.invalid").pathname);
    } catch {
      response.writeHead(400).end();
      return;
    }
    const resolution = resolvePath(urlPath, redirects, (candidate) => fileFor(candidate) !== undefined);
    const headers = headersFor(urlPath, headerRules);
    if (resolution.kind === "redirect") {
      response.writeHead(resolution.status, { ...headers, Location: resolution.location }).end();
      return;
    }
    const file = fileFor(resolution.path);
    if (file === undefined) {
      response.writeHead(404, { ...headers, "Content-Type": "text/plain; charset=utf-8" }).end("Not found");
      return;
    }
    const type = lookup(file) ?? "application/octet-stream";
    const textual = /^text\/|json|xml|javascript|svg/.test(type);
    // Netlify compresses text on the fly; so does the preview, so that measurements match.
    const compress = textual && /\bgzip\b/.test(String(request.headers["accept-encoding"] ?? ""));
    response.writeHead(resolution.status, {
      "Content-Type": /^text\/|json|xml|javascript/.test(type) ? `${type}; charset=utf-8` : type,
      ...(compress ? { "Content-Encoding": "gzip", Vary: "Accept-Encoding" } : { "Content-Length": statSync(file).size }),
      ...headers,
    });
    if (request.method === "HEAD") response.end();
    else if (compress) createReadStream(file).pipe(createGzip()).pipe(response);
    else createReadStream(file).pipe(response);
  });

  return new Promise((resolve) => {
    server.listen(options.port ?? 0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      resolve({ url: `http://127.0.0.1:${port}`, server, close: () => new Promise((done) => server.close(() => done())) });
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { port: { type: "string", default: "8090" }, dir: { type: "string", default: "_site" } } });
  const dir = path.resolve(values.dir);
  if (!existsSync(path.join(dir, "index.html"))) {
    process.stderr.write(`Kein gebautes Site-Verzeichnis unter ${dir}: erst \`npm run build\` ausführen.\n`);
    process.exit(1);
  }
  const preview = await startPreviewServer({ dir, port: Number(values.port) });
  process.stdout.write(`Vorschau mit den Headern aus netlify.toml: ${preview.url}/\n`);
}
