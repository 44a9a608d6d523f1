import type { LaneInfo } from '../canvas/markData';
import type { PlotLayout } from '../canvas/plotLayout';
import { useTranslation } from 'react-i18next';

/** Lane names beside the plot, aligned with the canvas rows. */
export function LaneHeaders({ lanes, layout }: { lanes: readonly LaneInfo[]; layout: PlotLayout }) {
  const { t } = useTranslation();
  return (
    <div className="tl__lanes">
      <ul className="tl__lane-list" aria-label={t('timeline.rows')}>
        {lanes.map((lane, i) => (
          <li
            key={lane.key}
            className={`tl__lane${i % 2 === 1 ? ' tl__lane--alt' : ''}`}
            style={{ top: layout.laneTop + i * layout.laneHeight, height: layout.laneHeight }}
            title={t('timeline.laneTitle', { lane: lane.label, count: lane.count })}
          >
            <span className="tl__lane-name">{lane.label}</span>
            <span className="tl__lane-count">{lane.count}</span>
          </li>
        ))}
      </ul>
      <div className="tl__axis-note" style={{ top: layout.axisTop }} title={t('timeline.utcTitle')}>
        UTC
      </div>
    </div>
  );
}
