import { build } from '../../scripts/build';

export default async function buildDist(): Promise<void> {
  await build();
}
