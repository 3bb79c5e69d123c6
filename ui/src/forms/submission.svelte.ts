import type { SubmitFunction } from '@sveltejs/kit';

/**
 * Progressive enhancement of a form with a pending flag (to disable the submit
 * button and say "sending"). `reset: false` keeps what the user typed when the
 * action answers with an error; `onSuccess` resets what the form keeps outside its inputs.
 */
export function createSubmission({ reset = false, onSuccess }: { reset?: boolean; onSuccess?: () => void } = {}) {
  let pending = $state(false);
  const submit: SubmitFunction = () => {
    pending = true;
    return async ({ update, result }) => {
      await update({ reset });
      pending = false;
      if (result.type === 'success') onSuccess?.();
    };
  };
  return {
    get pending() {
      return pending;
    },
    submit,
  };
}
