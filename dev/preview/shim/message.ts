/** What the sidebar's google.script shim tells the preview page around it. */
export const PREVIEW_MESSAGE = 'okr-kpi-preview';

export type PreviewMessage =
  | { source: typeof PREVIEW_MESSAGE; kind: 'ran'; functionName: string }
  | { source: typeof PREVIEW_MESSAGE; kind: 'close' };

export function isPreviewMessage(data: unknown): data is PreviewMessage {
  return (
    typeof data === 'object' &&
    data !== null &&
    (data as { source?: unknown }).source === PREVIEW_MESSAGE
  );
}
