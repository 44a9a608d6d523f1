import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useLocale } from '../../../i18n/useLocale';
import { sceneIndexOf, type Scene } from '../../../domain/scenes';
import type { LoadedDataset } from '../../../queries/datasetQuery';
import { formatClock, PRESENT_CHANNEL, readMessage, type AudienceState, type PresentMessage } from '../model/channel';
import { INITIAL_KEY_STATE, pressKey, type KeyState, type PresenterActions } from '../model/keys';
import { presentSearch } from '../model/route';
import { sceneContent } from '../model/sceneContent';
import { usePresentData } from '../usePresentData';
import '../present.css';

/**
 * The presenter console: a second window with the current and next scene, the speaker
 * notes and a clock. It drives the audience window and follows it over a BroadcastChannel;
 * the audience window is the truth about where the presentation is.
 */
export function PresenterConsole() {
  const { dataUrl, url, view, story } = usePresentData();
  const { t } = useLocale();
  if (!view.data || !story.ready) {
    return (
      <div className="console console--message" role={view.error ? 'alert' : 'status'}>
        {view.error ? view.error.message : t('present.loading')}
      </div>
    );
  }
  return <ConsoleBody loaded={view.data} scenes={story.scenes} dataUrl={dataUrl} channelKey={url} />;
}

function ConsoleBody({ loaded, scenes, dataUrl, channelKey }: { loaded: LoadedDataset; scenes: readonly Scene[]; dataUrl: string | null; channelKey: string }) {
  const { t, locale } = useLocale();
  const [audience, setAudience] = useState<AudienceState | null>(null);
  const [openedAt] = useState(() => Date.now());
  const [now, setNow] = useState(() => Date.now());
  const [typed, setTyped] = useState('');
  const channel = useRef<BroadcastChannel | null>(null);
  const count = scenes.length;

  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const ch = new BroadcastChannel(PRESENT_CHANNEL);
    channel.current = ch;
    ch.onmessage = (e: MessageEvent) => {
      const m = readMessage(e.data, channelKey);
      if (!m) return;
      if (m.type === 'state') setAudience(m.state);
      else if (m.type === 'bye' && m.role === 'audience') setAudience(null);
      // A reopened audience window says hello and then its state; nothing to do here.
    };
    ch.postMessage({ type: 'hello', role: 'console', data: channelKey } satisfies PresentMessage);
    return () => {
      ch.postMessage({ type: 'bye', role: 'console', data: channelKey } satisfies PresentMessage);
      ch.close();
      channel.current = null;
    };
  }, [channelKey]);

  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);

  const current = audience ? Math.min(audience.scene, count - 1) : 0;
  const send = useCallback((m: PresentMessage) => channel.current?.postMessage(m), []);
  const go = useCallback((i: number) => send({ type: 'go', data: channelKey, scene: Math.max(0, Math.min(count - 1, i)) }), [send, channelKey, count]);

  const latest = useRef({ current, blank: audience?.blank ?? false });
  useEffect(() => {
    latest.current = { current, blank: audience?.blank ?? false };
  });
  const keyState = useRef<KeyState>(INITIAL_KEY_STATE);
  useEffect(() => {
    const actions: PresenterActions = {
      next: () => go(latest.current.current + 1),
      previous: () => go(latest.current.current - 1),
      first: () => go(0),
      last: () => go(count - 1),
      jump: (n) => {
        const i = sceneIndexOf(n, count);
        if (i !== null) go(i);
      },
      toggleFullscreen: () => undefined,
      blank: () => send({ type: 'blank', data: channelKey, blank: !latest.current.blank }),
      exit: () => undefined,
      cycleTheme: () => undefined,
    };
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.isComposing) return;
      // The console never blanks itself: B toggles the audience window.
      const r = pressKey({ ...keyState.current, blank: false }, e, actions);
      keyState.current = { ...r.state, blank: false };
      setTyped(r.state.typed);
      if (r.handled) e.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [go, send, count, channelKey]);

  const scene = scenes[current];
  const next = scenes[current + 1];
  const currentContent = useMemo(() => (scene ? sceneContent(loaded.index, scene, locale) : null), [loaded, scene, locale]);
  const nextContent = useMemo(() => (next ? sceneContent(loaded.index, next, locale) : null), [loaded, next, locale]);
  const clock = formatClock(now - (audience?.startedAt ?? openedAt));
  const audienceHref = presentSearch(dataUrl, current + 1);

  return (
    <div className="console">
      <header className="console__bar">
        <h1 className="console__title">{t('present.console')}</h1>
        <output className="console__progress" data-testid="console-progress">
          {audience ? `${current + 1} / ${count}` : `– / ${count}`}
        </output>
        <time className="console__clock" aria-label={t('present.clock')} data-testid="console-clock">
          {clock}
        </time>
        <span className={`console__link-state${audience ? ' is-on' : ''}`} role="status" data-testid="console-connection">
          {audience ? (audience.blank ? t('present.audienceBlanked') : t('present.audienceConnected')) : t('present.audienceMissing')}
        </span>
        {!audience && (
          <a href={audienceHref} target="sourceline-audience">
            {t('present.openAudience')}
          </a>
        )}
      </header>
      <div className="console__controls" role="group" aria-label={t('present.drive')}>
        <button type="button" onClick={() => go(current - 1)} disabled={!audience || current === 0}>
          ← {t('present.previous')}
        </button>
        <button type="button" onClick={() => go(current + 1)} disabled={!audience || current >= count - 1}>
          {t('present.next')} →
        </button>
        <button type="button" onClick={() => send({ type: 'blank', data: channelKey, blank: !(audience?.blank ?? false) })} disabled={!audience}>
          {audience?.blank ? t('present.unblank') : t('present.blank')} (B)
        </button>
        {typed && <span role="status">{t('present.goTo', { n: typed })}</span>}
      </div>
      <div className="console__main">
        <section className="console__now" aria-label={t('present.current')}>
          <h2 className="console__label">{t('present.now')} · {current + 1}</h2>
          <p className="console__caption" data-testid="console-current">
            {scene?.caption}
          </p>
          {currentContent?.quote && (
            <blockquote className="console__quote" lang={currentContent.language ?? undefined}>
              {currentContent.quote}
            </blockquote>
          )}
          <h2 className="console__label">{t('present.notes')}</h2>
          <p className="console__notes" data-testid="console-notes">
            {scene?.notes || t('present.noNotes')}
          </p>
        </section>
        <section className="console__next" aria-label={t('present.nextScene')}>
          <h2 className="console__label">{t('present.next')}{next ? ` · ${current + 2}` : ''}</h2>
          {next ? (
            <>
              <p className="console__caption console__caption--next" data-testid="console-next">
                {next.caption}
              </p>
              {nextContent?.when && <p className="console__meta">{nextContent.when}{nextContent.eventTitle ? ` · ${nextContent.eventTitle}` : ''}</p>}
            </>
          ) : (
            <p className="console__caption console__caption--next" data-testid="console-next">
              {t('present.end')}
            </p>
          )}
          <ol className="console__list" aria-label={t('present.allScenes')}>
            {scenes.map((s, i) => (
              <li key={s.id} aria-current={i === current ? 'step' : undefined}>
                <button type="button" onClick={() => go(i)} disabled={!audience}>
                  {i + 1}. {s.caption}
                </button>
              </li>
            ))}
          </ol>
        </section>
      </div>
    </div>
  );
}
