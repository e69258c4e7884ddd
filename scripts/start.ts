/**
 * `npm start`: builds dist/, then opens the local preview, the add-on running on a local
 * workbook in a Sheets-like page: the sample, or a team's export given as
 * `npm start -- path/to/export.xlsx`. PORT picks the port (8080 by default).
 */
import { PortInUseError, type Preview, startPreview } from '../dev/preview/server';
import { build, kb } from './build';

const DEFAULT_PORT = 8080;

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function requestedPort(): number {
  const text = process.env.PORT ?? String(DEFAULT_PORT);
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    fail(`PORT=${text} is not a port: use a number from 1 to 65535, e.g. PORT=8081 npm start`);
  }
  return port;
}

async function main(): Promise<void> {
  const port = requestedPort();
  const workbookPath = process.argv[2];
  try {
    const { sizes } = await build();
    const files = Object.entries(sizes).map(([file, size]) => `${file} ${kb(size)}`);
    console.log(`Built dist/ (${files.join(', ')})`);
  } catch (error) {
    fail(`Build failed: ${messageOf(error)}`);
  }
  let preview: Preview;
  try {
    preview = await startPreview(workbookPath === undefined ? { port } : { port, workbookPath });
  } catch (error) {
    if (error instanceof PortInUseError) {
      fail(
        `Port ${error.port} is already in use: pick another with PORT=${error.port + 1} npm start`,
      );
    }
    // Loading problems (no such file, not .xlsx or .csv) say what to fix in their message.
    fail(`Could not start the preview: ${messageOf(error)}`);
  }
  console.log(`Opened ${preview.opened}`);
  console.log(`Preview at ${preview.url}  (Ctrl+C stops it)`);
  const stop = () => {
    void preview.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

await main();
