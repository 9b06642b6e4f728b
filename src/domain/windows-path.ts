/**
 * What a storage volume path must look like so that the agents on the Windows server can monitor it: a drive
 * root or a folder on a drive (`D:\`, `D:\Data, Archive\`; a mount point is such a folder), or a UNC share with
 * optional folders (`\\nas01\share\`, `\\nas01\share\backup\`). Anything else (`/mnt/data`, `D:`, `\\host`,
 * `data\x`) names no volume on Windows and would give monitors that can never work.
 */

/** characters Windows forbids in a file or folder name (besides the separators), and every control character */
const BAD_NAME_CHAR = /[<>:"/|?*\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
/** characters Windows forbids in a share name (net share, MS-SRVS) */
const BAD_SHARE_CHAR = /[<>:"/|?*\u0000-\u001f\u007f-\u009f\u2028\u2029[\]+=;,]/;
/** a host name or IPv4 address of a UNC path */
const HOST = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,62})(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}))*$/;

function folderProblem(names: readonly string[]): string | undefined {
  for (const n of names) {
    if (n === '') return 'has an empty folder name (two backslashes in a row)';
    const bad = BAD_NAME_CHAR.exec(n);
    if (bad) return `has the character ${JSON.stringify(bad[0])} in the folder name ${JSON.stringify(n)}, which Windows does not allow`;
    if (/[ .]$/.test(n) && n !== '.' && n !== '..')
      return `has the folder name ${JSON.stringify(n)} ending with a space or a dot, which Windows silently drops`;
    if (n === '.' || n === '..') return 'has a "." or ".." folder; write the folder itself';
  }
  return undefined;
}

/** why `path` is not a drive, folder or UNC share path Windows can monitor, or undefined when it is one */
export function windowsVolumePathProblem(path: string): string | undefined {
  const drive = /^([A-Za-z]):(.*)$/s.exec(path);
  if (drive) {
    const rest = drive[2]!;
    if (rest === '') return `is a drive letter without its root; write ${drive[1]!.toUpperCase()}:\\`;
    if (!rest.startsWith('\\')) return `is relative to the current folder of drive ${drive[1]!.toUpperCase()}:; write ${drive[1]!.toUpperCase()}:\\${rest}`;
    const names = rest.slice(1).split('\\');
    if (names[names.length - 1] === '') names.pop();
    return folderProblem(names);
  }
  if (path.startsWith('\\\\')) {
    const parts = path.slice(2).split('\\');
    if (parts[parts.length - 1] === '' && parts.length > 1) parts.pop();
    const [host, share, ...folders] = parts;
    if (!host || !HOST.test(host)) return `has no valid host name after \\\\ (e.g. \\\\nas01\\share\\)`;
    if (share === undefined || share === '') return `names the host ${host} but no share; write \\\\${host}\\<share>\\`;
    const bad = BAD_SHARE_CHAR.exec(share);
    if (bad) return `has the character ${JSON.stringify(bad[0])} in the share name ${JSON.stringify(share)}, which Windows does not allow`;
    if (/[ .]$/.test(share)) return `has the share name ${JSON.stringify(share)} ending with a space or a dot`;
    return folderProblem(folders);
  }
  if (path.startsWith('/')) return 'is a Unix path; the agents run on Windows: write a drive (D:\\), a folder (D:\\Data\\) or a share (\\\\nas01\\share\\)';
  return 'is not an absolute Windows path: write a drive (D:\\), a folder (D:\\Data\\) or a share (\\\\nas01\\share\\)';
}
