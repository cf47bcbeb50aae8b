/*
 * A stand-in for Web Workers when the site is opened from the file system (file://).
 *
 * Chromium refuses `new Worker(url)` for file:// pages, and Material's search runs in a worker.
 * Over HTTP nothing here is used. Under file:// `Worker` is replaced by `IFrameWorker`, which
 * runs the worker script inside a hidden, same-origin iframe and passes messages across:
 *
 *   page  worker.postMessage(data)  -> a "message" event dispatched on the iframe's window
 *   frame postMessage(data)         -> a "message" event on the IFrameWorker (and onmessage)
 *
 * `importScripts` in the frame loads scripts in order and returns a Promise (Material's search
 * worker awaits it, so it does not need the real, synchronous version).
 *
 * The project's own code; the Material offline plugin only needs a polyfill path that contains
 * "iframe-worker" so that it does not add a CDN copy.
 */
(function () {
  "use strict";

  class IFrameWorker extends EventTarget {
    constructor(url) {
      super();
      this.onmessage = null;
      this.onerror = null;
      this._pending = [];
      this._ready = false;

      const frame = document.createElement("iframe");
      frame.setAttribute("aria-hidden", "true");
      frame.tabIndex = -1;
      frame.style.display = "none";
      (document.body || document.documentElement).appendChild(frame);
      this._frame = frame;

      const inner = frame.contentWindow;
      const deliver = (data) => {
        const event = new MessageEvent("message", { data });
        this.dispatchEvent(event);
        if (typeof this.onmessage === "function") this.onmessage(event);
      };
      inner.postMessage = deliver;
      inner.importScripts = (...urls) =>
        urls.reduce((done, src) => done.then(() => loadScript(inner.document, src)),
                    Promise.resolve());

      loadScript(inner.document, new URL(url, location.href).href).then(
        () => {
          this._ready = true;
          for (const data of this._pending.splice(0)) this.postMessage(data);
        },
        (error) => {
          const event = new ErrorEvent("error", { message: String(error) });
          this.dispatchEvent(event);
          if (typeof this.onerror === "function") this.onerror(event);
        });
    }

    postMessage(data) {
      if (!this._ready) {
        this._pending.push(data);
        return;
      }
      const inner = this._frame.contentWindow;
      inner.dispatchEvent(new inner.MessageEvent("message", { data }));
    }

    terminate() {
      this._frame.remove();
    }
  }

  function loadScript(doc, src) {
    return new Promise((resolve, reject) => {
      const script = doc.createElement("script");
      script.src = src;
      script.onload = () => resolve();
      script.onerror = () => reject(new Error(`could not load ${src}`));
      (doc.head || doc.documentElement).appendChild(script);
    });
  }

  window.IFrameWorker = IFrameWorker;
  if (location.protocol === "file:") window.Worker = IFrameWorker;
})();
