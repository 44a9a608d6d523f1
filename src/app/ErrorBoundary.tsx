import { Component, type ErrorInfo, type ReactNode } from 'react';
import { i18n } from '../i18n/i18n';

/** The last line of defence: a clear message and a way back, never a blank page. */
export class ErrorBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('Sourceline failed to render', error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div role="alert" className="fatal">
        <h1>{i18n.t('fatal.title')}</h1>
        <p>{this.state.error.message}</p>
        <p>
          <a href="./">{i18n.t('fatal.reload')}</a>
        </p>
      </div>
    );
  }
}
