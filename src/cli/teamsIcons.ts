/** npm run teams:icons — redraws deploy/teams/color.png and outline.png (commit the result). */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { colorIcon, outlineIcon } from '../teamsAppPackage/icons';
import { TEAMS_DIR } from '../teamsAppPackage/manifest';
import { runCli } from './runCli';

async function main(): Promise<number> {
  await writeFile(path.join(TEAMS_DIR, 'color.png'), colorIcon());
  await writeFile(path.join(TEAMS_DIR, 'outline.png'), outlineIcon());
  console.log(`wrote ${TEAMS_DIR}/color.png and outline.png`);
  return 0;
}

runCli('teams:icons', main);
