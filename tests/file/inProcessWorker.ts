/**
 * The file worker run in-process for tests: what the page posts goes through a structured clone (v8's, as
 * postMessage does) to the real handler (hosts/file/fileWorkerHandler.ts), and its replies come back the same
 * way, each on a later tick. Terminating stops the replies, as terminating a Web Worker does.
 */
import * as v8 from 'v8';
import { WorkerLike } from '../../src/hosts/file/fileWorkerClient';
import { WorkerReply, WorkerRequest } from '../../src/hosts/file/fileMessages';
import { handleRequest } from '../../src/hosts/file/fileWorkerHandler';

export interface TestWorker extends WorkerLike {
  terminated: boolean;
  /** Requests received, by type. */
  requests: string[];
  /** Replies posted by the handler, by type (including those dropped after terminate). */
  replies: string[];
}

export function structuredCopy<T>(x: T): T {
  return v8.deserialize(v8.serialize(x)) as T;
}

export function inProcessWorker(): TestWorker {
  const w: TestWorker = {
    onmessage: null,
    onerror: null,
    terminated: false,
    requests: [],
    replies: [],
    postMessage(message: WorkerRequest): void {
      const copy = structuredCopy(message);
      w.requests.push(copy.type);
      setTimeout(function () {
        if (w.terminated) return;
        void handleRequest(copy, function (reply: WorkerReply) {
          w.replies.push(reply.type);
          const back = structuredCopy(reply);
          setTimeout(function () {
            if (!w.terminated && w.onmessage) w.onmessage({ data: back });
          }, 0);
        });
      }, 0);
    },
    terminate(): void {
      w.terminated = true;
    },
  };
  return w;
}

/** The bytes of a file as a fresh ArrayBuffer (the client transfers it away). */
export function arrayBufferOf(buf: Uint8Array): ArrayBuffer {
  const copy = new Uint8Array(buf.byteLength);
  copy.set(buf);
  return copy.buffer;
}
