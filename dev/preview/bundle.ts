/**
 * The preview's browser code, bundled by esbuild when the server starts: the page (script and
 * style) and the google.script shim the sidebar gets. Everything is served by the preview
 * itself, nothing from a CDN.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const HERE = path.dirname(fileURLToPath(import.meta.url));

export interface PreviewBundle {
  pageScript: string;
  pageStyle: string;
  shimScript: string;
}

export async function bundlePreview(): Promise<PreviewBundle> {
  const [pageScript, pageStyle, shimScript] = await Promise.all([
    bundle(path.join(HERE, 'page/main.ts')),
    bundle(path.join(HERE, 'page/style.css')),
    bundle(path.join(HERE, 'shim/google-script.ts')),
  ]);
  return { pageScript, pageStyle, shimScript };
}

async function bundle(entryPoint: string): Promise<string> {
  const result = await esbuild.build({
    entryPoints: [entryPoint],
    bundle: true,
    write: false,
    // The sidebar has a script of its own: an IIFE keeps the shim's names out of its scope.
    format: entryPoint.endsWith('.ts') ? 'iife' : undefined,
    target: 'es2020',
    logLevel: 'silent',
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error(`esbuild produced nothing for ${entryPoint}`);
  return file.text;
}
