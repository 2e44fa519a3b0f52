/**
 * security.mediaCheckAsync v2 as the cloud does it: the call answers a trace_id at once; the verdict
 * comes later as a message-push event `wxa_media_check` to the cloud function configured to receive
 * it (on the real cloud: 云开发控制台 → 设置 → 消息推送; here: EmulatorOptions.messagePush).
 *
 * Test hook, in this order (README “mediaCheckAsync”):
 *   1. a verdict preset for the file (Emulator.mediaCheck.preset(fileID or cloudPath, { suggest, label }),
 *      or POST /api/dev/media-verdict on the local server);
 *   2. a marker in the file's name: `risky` → risky (label 20002), `review` → review (label 21000);
 *   3. otherwise pass (label 100).
 */
import type { CallerEnv } from '../types';

export interface MediaVerdict {
  suggest: 'pass' | 'risky' | 'review';
  label: number;
}

export interface MediaPush {
  traceId: string;
  cloudPath: string | null;
  verdict: MediaVerdict;
  receiver: string;
  deliveredAt: Date;
  /** What the receiving function answered, or the error text. */
  outcome: unknown;
}

export interface MediaCheckOptions {
  /** Function that receives `wxa_media_check`; null = none configured (the verdict is dropped, as on a cloud without the push). */
  receiver: string | null;
  /** Delay before the push (ms); the cloud takes seconds to minutes. */
  delayMs: number;
  /** The cloud path a media_url points at (our own signed download URLs), or null. */
  cloudPathOfUrl: (url: string) => string | null;
  invoke: ((name: string, event: unknown, caller: { openid?: string }) => Promise<unknown>) | undefined;
  appid: string;
}

export class MediaCheckQueue {
  private readonly presets = new Map<string, MediaVerdict>();
  private readonly pushes: MediaPush[] = [];
  private readonly inFlight = new Set<Promise<void>>();
  private readonly warned = new Set<string>();
  private gate: { promise: Promise<void>; open: () => void } | null = null;
  private stopped = false;

  constructor(private readonly options: MediaCheckOptions) {}

  /** The cloud is shutting down: pushes still scheduled are dropped, as a stopped cloud sends none. */
  stop(): void {
    this.stopped = true;
    this.release();
  }

  /** Decides the verdict for a file ahead of its check (key: fileID or cloud path). */
  preset(fileIdOrPath: string, verdict: MediaVerdict): void {
    this.presets.set(pathOfKey(fileIdOrPath), verdict);
  }

  /** Holds every push until release() (tests: look at the state before any verdict arrives). */
  hold(): void {
    if (this.gate) return;
    let open = () => {};
    const promise = new Promise<void>((resolve) => {
      open = resolve;
    });
    this.gate = { promise, open };
  }

  /** Lets held pushes go (each after its delay). */
  release(): void {
    this.gate?.open();
    this.gate = null;
  }

  /** Pushes delivered so far (oldest first). */
  list(): MediaPush[] {
    return [...this.pushes];
  }

  /** Resolves when every scheduled push has been delivered. */
  async settled(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.all([...this.inFlight]);
  }

  verdictFor(cloudPath: string | null): MediaVerdict {
    if (cloudPath) {
      const preset = this.presets.get(cloudPath);
      if (preset) return preset;
      const name = cloudPath.split('/').pop()?.toLowerCase() ?? '';
      if (name.includes('risky')) return { suggest: 'risky', label: 20002 };
      if (name.includes('review')) return { suggest: 'review', label: 21000 };
    }
    return { suggest: 'pass', label: 100 };
  }

  /** Answers the call (trace_id) and schedules the push. */
  request(params: { media_url: string; openid: string; scene: number }, caller: CallerEnv): { trace_id: string } {
    const traceId = `local-media-${Date.now().toString(16)}-${Math.random().toString(16).slice(2, 10)}`;
    const cloudPath = this.options.cloudPathOfUrl(params.media_url);
    const verdict = this.verdictFor(cloudPath);
    const receiver = this.options.receiver;
    if (!receiver) return { trace_id: traceId };
    const gate = this.gate?.promise;
    const delivery = new Promise<void>((resolve) => setTimeout(resolve, this.options.delayMs))
      .then(() => gate)
      .then(async () => {
        if (this.stopped) return;
        const event = {
          ToUserName: 'gh_local_cloud',
          FromUserName: params.openid,
          CreateTime: Math.floor(Date.now() / 1000),
          MsgType: 'event',
          Event: 'wxa_media_check',
          appid: this.options.appid,
          trace_id: traceId,
          version: 2,
          detail: [{ strategy: 'content_model', errcode: 0, suggest: verdict.suggest, label: verdict.label, prob: verdict.suggest === 'pass' ? 0 : 90 }],
          errcode: 0,
          errmsg: 'ok',
          result: verdict,
        };
        let outcome: unknown;
        try {
          if (!this.options.invoke) throw new Error('no function runner is wired to this emulator');
          // The push runs the function with the user the check named, as the platform does (FromUserName).
          outcome = await this.options.invoke(receiver, event, { openid: caller.openid ?? params.openid });
        } catch (error) {
          outcome = `push to ${receiver} failed: ${(error as Error).message}`;
          // Once per receiver: a test cloud built without the receiving function would otherwise log every photo.
          if (!this.stopped && !this.warned.has(receiver)) console.warn(`[local-cloud] wxa_media_check push to ${receiver} failed (the photo stays pending): ${(error as Error).message}`);
          this.warned.add(receiver);
        }
        this.pushes.push({ traceId, cloudPath, verdict, receiver, deliveredAt: new Date(), outcome });
      })
      .finally(() => this.inFlight.delete(delivery));
    this.inFlight.add(delivery);
    return { trace_id: traceId };
  }
}

function pathOfKey(key: string): string {
  const match = /^cloud:\/\/[^/]+\/(.+)$/.exec(key);
  return match ? match[1] : key;
}
