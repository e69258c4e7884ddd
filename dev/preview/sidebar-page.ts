/**
 * The sidebar as the preview serves it: the page the add-on asked to show, with the
 * google.script shim first in <head>, so the sidebar's own script finds google.script.run.
 */
export function withGoogleScriptShim(html: string, shim: string): string {
  // A "</script" inside the shim would end its element early.
  const script = `<script>${shim.replace(/<\/(script)/gi, '<\\/$1')}</script>`;
  const head = /<head[^>]*>/i.exec(html);
  if (!head) return `${script}${html}`;
  const end = head.index + head[0].length;
  return `${html.slice(0, end)}\n${script}${html.slice(end)}`;
}
