import { untrack } from 'svelte';
import { invalidateAll } from '$app/navigation';

/**
 * With script, reloads the page's data every `everyMs` while `active()` holds, at most `max` times: for pages
 * waiting on a payment provider. Call it while a component initialises; `exhausted` says it gave up.
 */
export function createRefresh(active: () => boolean, { everyMs, max }: { everyMs: number; max: number }) {
  let polls = $state(0);
  $effect(() => {
    if (!active() || untrack(() => polls) >= max) return;
    const timer = setInterval(() => {
      polls += 1;
      if (polls >= max) clearInterval(timer);
      void invalidateAll();
    }, everyMs);
    return () => clearInterval(timer);
  });
  return {
    get exhausted() {
      return polls >= max;
    },
  };
}
