// jsdom has no ResizeObserver; antd's scrolling tables and tabs ask for one.
import { vi } from 'vitest';

export const stubResizeObserver = () =>
  vi.stubGlobal(
    'ResizeObserver',
    class {
      observe() {}
      unobserve() {}
      disconnect() {}
    },
  );
