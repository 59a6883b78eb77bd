import path from 'node:path';

/**
 * Whether the development server may answer a request for `rawUrl` from the
 * site's `folder`: only a path that, decoded once as a static server decodes
 * it, names a place inside the folder. Eleventy's development server served
 * files beside the folder whose names begin with the folder's own
 * (`/..%2f_site2/x.txt`); what this refuses never reaches it. Refused: a path
 * that cannot be decoded, one holding a NUL, a backslash (read as a slash on
 * Windows and by browsers), or an encoded slash, and one whose `.` and `..`
 * lead out of the folder.
 */
export function requestRefusal(
  folder: string,
  rawUrl: string | undefined,
): { status: 400 | 404; reason: string } | undefined {
  const url = rawUrl ?? '';
  if (!url.startsWith('/')) return { status: 400, reason: 'the address is not a path' };
  const rawPath = url.split(/[?#]/, 1)[0]!;
  if (/%(?:2f|5c|00)/i.test(rawPath))
    return { status: 404, reason: 'the path holds an encoded slash, backslash or NUL' };
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return { status: 400, reason: 'the path is not valid percent-encoding' };
  }
  if (/[\\\u0000]/.test(decoded)) return { status: 404, reason: 'the path holds a backslash or NUL' };
  const root = path.resolve(folder);
  const target = path.resolve(root, `.${path.posix.normalize(decoded)}`);
  if (target !== root && !target.startsWith(`${root}${path.sep}`))
    return { status: 404, reason: 'the path leads out of the site' };
  if (decoded.split('/').includes('..')) return { status: 404, reason: 'the path climbs with ..' };
  return undefined;
}
