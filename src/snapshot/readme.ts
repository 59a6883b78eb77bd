// README.txt at the top of the payload: what the snapshot is and how to use
// it, for someone who has never heard of this project.
import type { Commit } from './git.ts';
import type { SiteFacts } from './site-facts.ts';

export interface ReadmeFacts {
  name: string;
  site: SiteFacts;
  commit: Commit;
  software: string;
  siteFiles: number;
  sourceFiles: number;
  dataFiles: string[];
}

/** A dependency-free static web server in one line of Node, for the snapshot's site folder. */
export const nodeServerCommand = `node -e "const h=require('http'),f=require('fs'),p=require('path'),t={'.html':'text/html; charset=utf-8','.css':'text/css','.js':'text/javascript','.json':'application/json','.wasm':'application/wasm','.svg':'image/svg+xml'};h.createServer((q,s)=>{let n=p.join('site',decodeURIComponent(q.url.split('?')[0]));if(n.split(p.sep)[0]!=='site')return s.writeHead(403).end();if(n.endsWith(p.sep)||n==='site')n=p.join(n,'index.html');f.readFile(n,(e,d)=>{s.writeHead(e?404:200,{'content-type':t[p.extname(n)]||'application/octet-stream'});s.end(e?'Not found':d)})}).listen(8000,'127.0.0.1')"`;

/**
 * The data files, one a line, except that a top folder with many of them
 * (one file per meeting or per item, say) is one line with a count.
 */
export function summariseDataFiles(files: string[], most = 8): string[] {
  const byFolder = new Map<string, string[]>();
  for (const file of files) {
    const parts = file.split('/');
    const folder = parts.length > 2 ? `${parts[0]}/${parts[1]}/` : file;
    byFolder.set(folder, [...(byFolder.get(folder) ?? []), file]);
  }
  return [...byFolder].flatMap(([folder, inside]) => {
    if (inside.length <= most) return inside;
    const kinds = [...new Set(inside.map((file) => file.slice(file.lastIndexOf('.'))))].sort().join(', ');
    return [`${folder} (${inside.length} files: ${kinds})`];
  });
}

export function readmeText(facts: ReadmeFacts): string {
  const { site, commit } = facts;
  const data = facts.dataFiles.length
    ? summariseDataFiles(facts.dataFiles)
        .map((file) => `    ${file}`)
        .join('\n')
    : '    (this archive publishes no separate data files)';
  return `MINUTES OF ${site.authority.toUpperCase()}: A PERMANENT SNAPSHOT
${'='.repeat(Math.min(78, `MINUTES OF ${site.authority}: A PERMANENT SNAPSHOT`.length))}

This is the public archive of the council meeting minutes of
${site.authority}, as it stood at one moment, packaged so that it can be
kept, checked and opened without the software that made it.

  Snapshot:          ${facts.name}
  Published at:      ${site.baseUrl}
  Source commit:     ${commit.id} (git)
  Date of the commit: ${commit.iso}
  Made by:           ${facts.software}

The folder that holds this file's folder is a BagIt bag (RFC 8493,
BagIt 1.0). Its manifests give the SHA-256 and SHA-512 checksum of every
file in it, so anyone can prove that not a byte has changed.


WHAT IS HERE (the bag's data folder)

  README.txt          this file
  site/               the web site, ${facts.siteFiles} files, with relative links: it works
                      from any folder and any web server address
  web-archive.wacz    the same pages as a WACZ web archive (WARC records at
                      their addresses under ${site.baseUrl}), for web archives
                      and ReplayWeb.page
  source/             the minutes and the authority's data exactly as they
                      were committed: ${facts.sourceFiles} files of Markdown with YAML front
                      matter (content/) and YAML (_data/)

Machine-readable data published with the site:
${data}


HOW TO OPEN IT

Open site/index.html in a web browser. Every page and link works from the
files alone, except search.

Search needs a web server, because browsers do not let a page read its search
index from a file. Any static web server will do. In this folder (the one
holding README.txt), run one of:

  python3 -m http.server --directory site 8000

  ${nodeServerCommand}

and open http://localhost:8000/ in a browser.

To replay the web archive, open web-archive.wacz in ReplayWeb.page or load
it into any web archive that reads WACZ or WARC.


HOW TO CHECK IT

With Minute Book (the software that made it):

  npm run verify-snapshot -- <the bag's folder>

With an independent BagIt tool, for example the Library of Congress's
bagit-python:

  bagit.py --validate <the bag's folder>

Or with nothing but the checksum tools of any Unix-like system, in the bag's
folder (the one holding bagit.txt):

  sha256sum -c manifest-sha256.txt
  sha512sum -c manifest-sha512.txt
  sha256sum -c tagmanifest-sha256.txt

The .tar made with this snapshot is byte-for-byte reproducible from the
commit; its SHA-256 is published beside it, so "sha256sum <file>.tar"
confirms a copy.
`;
}
