import type { SceneContent } from '../model/sceneContent';
import { useTranslation } from 'react-i18next';

/** The scene's excerpt, large, with the event it supports and where it was published. */
export function ExcerptCard({ content }: { content: SceneContent }) {
  const { t } = useTranslation();
  if (!content.quote) return null;
  return (
    <figure className="present-card" aria-label={t('present.excerpt')}>
      {(content.when || content.eventTitle) && (
        <p className="present-card__event">
          {content.when && <span className="present-card__when">{content.when}</span>}
          {content.eventTitle && <span>{content.eventTitle}</span>}
        </p>
      )}
      <blockquote className="present-card__quote" lang={content.language ?? undefined} data-testid="excerpt-quote">
        {content.quote}
      </blockquote>
      {content.citation && (
        <figcaption className="present-card__cite" data-testid="excerpt-citation">
          <span lang={content.language ?? undefined}>{content.sourceTitle}</span>
          {content.publisher && <span> · {content.publisher}</span>}
          {content.published && <span> · published {content.published}</span>}
        </figcaption>
      )}
    </figure>
  );
}
