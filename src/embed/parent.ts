// embed.js, for the page that holds the iframes: sets each iframe's height from the messages
// its embed page sends. Mark the iframes with data-exchange-charts:
//   <iframe data-exchange-charts src="…/embed.html?src=…" title="…" width="100%" height="400"></iframe>
//   <script type="module" src="…/embed.js"></script>

const SELECTOR = 'iframe[data-exchange-charts]';

/** The height a message from an embed asks for, in any of the formats it sends, or null. */
export function heightFromMessage(data: unknown): number | null {
  if (typeof data === 'string') {
    const match = /^pymxPYMx.*xPYMxheightxPYMx(\d+)$/.exec(data);
    return match ? Number(match[1]) : null;
  }
  if (data && typeof data === 'object') {
    const message = data as { type?: unknown; height?: unknown; sentinel?: unknown };
    const height = Number(message.height);
    if (message.type === 'exchange-charts:height' && Number.isFinite(height) && height > 0) return height;
  }
  return null;
}

/** Starts resizing the marked iframes of a document; returns a function that stops it. */
export function resizeEmbeds(doc: Document = document): () => void {
  const onMessage = (event: MessageEvent) => {
    const height = heightFromMessage(event.data);
    if (height === null) return;
    for (const frame of doc.querySelectorAll<HTMLIFrameElement>(SELECTOR)) {
      // Only the iframe the message came from; a page may hold many.
      if (frame.contentWindow === event.source) frame.style.height = `${Math.min(height, 20000)}px`;
    }
  };
  window.addEventListener('message', onMessage);
  return () => window.removeEventListener('message', onMessage);
}

resizeEmbeds();
