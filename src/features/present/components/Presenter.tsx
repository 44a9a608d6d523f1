import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useLocale } from '../../../i18n/useLocale';
import { isPresentable, sceneIndexOf, sceneView, formatSceneInstant, type Scene } from '../../../domain/scenes';
import type { LoadedDataset } from '../../../queries/datasetQuery';
import { useFilteredEvents } from '../../../queries/useDataset';
import { useAppStore } from '../../../stores/store';
import type { ThemeChoice } from '../../../stores/uiSlice';
import { Timeline } from '../../timeline/components/Timeline';
import { applySceneView } from '../applyScene';
import { PRESENT_CHANNEL, readMessage, type AudienceState, type PresentMessage } from '../model/channel';
import { INITIAL_KEY_STATE, pressKey, type KeyState, type PresenterActions } from '../model/keys';
import { analystSearch, consoleSearch, presentSearch } from '../model/route';
import { sceneContent } from '../model/sceneContent';
import { usePresentData } from '../usePresentData';
import { ExcerptCard } from './ExcerptCard';
import '../present.css';

type AppWindow = ReturnType<typeof useAppStore.getState>['window'];

const THEMES: readonly ThemeChoice[] = ['light', 'dark', 'contrast'];

/** Presenter mode: the audience window. One scene at a time, no editing chrome. */
export function Presenter({ initialScene }: { initialScene: number | null }) {
  const { dataUrl, url, view, story } = usePresentData();
  const { t } = useLocale();
  if (view.error) {
    return (
      <div className="present present--message" role="alert">
        <p>{view.error.message}</p>
        <a href={analystSearch(dataUrl)}>{t('present.openAnalyst')}</a>
      </div>
    );
  }
  if (!view.data || !story.ready) {
    return (
      <div className="present present--message" role="status">
        {t('present.loading')}
      </div>
    );
  }
  if (story.scenes.length === 0) {
    return (
      <div className="present present--message" role="status">
        <p>{t('present.noStory')}</p>
        <a href={analystSearch(dataUrl)}>{t('present.openAnalyst')}</a>
      </div>
    );
  }
  return <Stage loaded={view.data} scenes={story.scenes} dataUrl={dataUrl} channelKey={url} initialScene={initialScene} />;
}

function sceneFromLocation(count: number, fallback: number): number {
  const raw = new URLSearchParams(window.location.search).get('scene');
  const n = raw === null ? null : sceneIndexOf(Number(raw), count);
  return n ?? fallback;
}

function Stage({
  loaded,
  scenes,
  dataUrl,
  channelKey,
  initialScene,
}: {
  loaded: LoadedDataset;
  scenes: readonly Scene[];
  dataUrl: string | null;
  channelKey: string;
  initialScene: number | null;
}) {
  const count = scenes.length;
  const [index, setIndex] = useState(() => (initialScene === null ? 0 : (sceneIndexOf(initialScene, count) ?? 0)));
  const [blank, setBlank] = useState(false);
  const [typed, setTyped] = useState('');
  // Start clean: the links show when the pointer moves or focus reaches them.
  const [idle, setIdle] = useState(true);
  const current = Math.min(index, count - 1);
  const scene = scenes[current]!;
  const [startedAt] = useState(() => Date.now());
  const stageRef = useRef<HTMLDivElement>(null);
  const setTheme = useAppStore((s) => s.setTheme);
  const theme = useAppStore((s) => s.theme);

  // The address names the scene: canonical on arrival, a history entry per move.
  useEffect(() => {
    window.history.replaceState(null, '', presentSearch(dataUrl, current + 1));
    // Only on arrival: later moves push their own entries.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const go = useCallback(
    (i: number) => {
      const target = Math.max(0, Math.min(count - 1, i));
      setIndex((was) => {
        if (was !== target) window.history.pushState(null, '', presentSearch(dataUrl, target + 1));
        return target;
      });
    },
    [count, dataUrl],
  );
  useEffect(() => {
    const onPop = () => setIndex((was) => sceneFromLocation(count, was));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [count]);

  // Restore the scene: at once the first time, along the zoom path after that.
  const arrived = useRef(false);
  useEffect(() => {
    const stop = applySceneView(sceneView(scene), { animate: arrived.current });
    arrived.current = true;
    return stop;
  }, [scene]);

  // The window the timeline is asked to show, for tests and for Esc.
  useEffect(() => {
    const show = (w: AppWindow) => {
      if (stageRef.current) stageRef.current.dataset.window = w ? `${w.start},${w.end}` : 'all';
    };
    show(useAppStore.getState().window);
    return useAppStore.subscribe((s, prev) => {
      if (s.window !== prev.window) show(s.window);
    });
  }, []);

  // The console: answer its hello, follow its requests, report every move.
  const channel = useRef<BroadcastChannel | null>(null);
  const latest = useRef<AudienceState>({ scene: current, count, blank, startedAt });
  useEffect(() => {
    latest.current = { scene: current, count, blank, startedAt };
  });
  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const ch = new BroadcastChannel(PRESENT_CHANNEL);
    channel.current = ch;
    const post = (m: PresentMessage) => ch.postMessage(m);
    ch.onmessage = (e: MessageEvent) => {
      const m = readMessage(e.data, channelKey);
      if (!m) return;
      if (m.type === 'hello' && m.role === 'console') post({ type: 'state', data: channelKey, state: latest.current });
      else if (m.type === 'go') go(m.scene);
      else if (m.type === 'blank') setBlank(m.blank);
    };
    post({ type: 'hello', role: 'audience', data: channelKey });
    post({ type: 'state', data: channelKey, state: latest.current });
    const bye = () => post({ type: 'bye', role: 'audience', data: channelKey });
    window.addEventListener('pagehide', bye);
    return () => {
      window.removeEventListener('pagehide', bye);
      bye();
      ch.close();
      channel.current = null;
    };
  }, [channelKey, go]);
  useEffect(() => {
    channel.current?.postMessage({ type: 'state', data: channelKey, state: { scene: current, count, blank, startedAt } });
  }, [current, count, blank, channelKey, startedAt]);

  // Keys, from the key map.
  const keyState = useRef<KeyState>(INITIAL_KEY_STATE);
  const latestIndex = useRef(current);
  useEffect(() => {
    keyState.current = { ...keyState.current, blank };
    latestIndex.current = current;
  });
  useEffect(() => {
    const actions: PresenterActions = {
      next: () => go(latestIndex.current + 1),
      previous: () => go(latestIndex.current - 1),
      first: () => go(0),
      last: () => go(count - 1),
      jump: (n) => {
        const i = sceneIndexOf(n, count);
        if (i !== null) go(i);
      },
      toggleFullscreen: () => {
        if (document.fullscreenElement) void document.exitFullscreen?.().catch(() => undefined);
        else void document.documentElement.requestFullscreen?.().catch(() => undefined);
      },
      blank: () => setBlank(true),
      exit: () => exitToAnalyst(dataUrl),
      cycleTheme: () => {
        const state = useAppStore.getState();
        const at = THEMES.indexOf(state.theme);
        state.setTheme(THEMES[(at + 1) % THEMES.length]!);
      },
    };
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.isComposing) return;
      const wasBlank = keyState.current.blank;
      const r = pressKey(keyState.current, e, actions);
      keyState.current = r.state;
      setTyped(r.state.typed);
      if (wasBlank && !r.state.blank) setBlank(false);
      if (r.handled) e.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [go, count, dataUrl]);

  // The two small links fade while the pointer rests, so the shared screen stays clean.
  useEffect(() => {
    let timer = window.setTimeout(() => setIdle(true), 2500);
    const wake = () => {
      setIdle(false);
      window.clearTimeout(timer);
      timer = window.setTimeout(() => setIdle(true), 2500);
    };
    window.addEventListener('pointermove', wake);
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener('pointermove', wake);
    };
  }, []);

  const all = useFilteredEvents(loaded);
  const visible = useMemo(() => {
    const events = loaded.index.dataset.events;
    return all.filter((i) => isPresentable(events[i]!, scene.showUnreviewed));
  }, [all, loaded, scene.showUnreviewed]);
  const { t, locale } = useLocale();
  const content = useMemo(() => sceneContent(loaded.index, scene, locale), [loaded, scene, locale]);
  const title = loaded.index.dataset.title ?? 'Sourceline';

  return (
    <div className={`present${idle ? ' is-idle' : ''}`} ref={stageRef} data-scene={current + 1} data-theme-choice={theme}>
      <header className="present__bar">
        <span className="present__title">{title}</span>
        <nav className="present__links" aria-label={t('present.nav')}>
          <a
            href={consoleSearch(dataUrl)}
            target="sourceline-console"
            onClick={(e) => {
              e.preventDefault();
              window.open(consoleSearch(dataUrl), 'sourceline-console', 'popup,width=1000,height=720');
            }}
          >
            {t('present.console')}
          </a>
          <button type="button" className="present__link-button" onClick={() => exitToAnalyst(dataUrl)}>
            {t('present.exit')}
          </button>
          <button
            type="button"
            className="present__link-button"
            onClick={() => setTheme(THEMES[(THEMES.indexOf(theme) + 1) % THEMES.length]!)}
            title={t('present.themeTitle')}
          >
            {t('present.theme')}
          </button>
        </nav>
        <output className="present__progress" aria-label={t('present.progress', { n: current + 1, count })} data-testid="present-progress">
          {current + 1} / {count}
        </output>
      </header>
      <h1 className="present__caption" aria-live="polite" data-testid="present-caption">
        {scene.caption}
      </h1>
      <section className="present__timeline" aria-label={t('timeline.label')}>
        <Timeline loaded={loaded} visible={visible} />
      </section>
      <ExcerptCard content={content} />
      {typed && (
        <div className="present__typed" role="status">
          {t('present.goTo', { n: typed })}
        </div>
      )}
      {blank && <div className="present__blank" data-testid="present-blank" aria-label={t('present.blanked')} />}
    </div>
  );
}

/** Esc: back to the analyst view of the same dataset, at the selection and window on screen. */
function exitToAnalyst(dataUrl: string | null): void {
  const s = useAppStore.getState();
  const w = s.window;
  window.location.assign(
    analystSearch(dataUrl, {
      event: s.selectedEventId,
      ...(w ? { from: formatSceneInstant(w.start), to: formatSceneInstant(w.end) } : {}),
    }),
  );
}
