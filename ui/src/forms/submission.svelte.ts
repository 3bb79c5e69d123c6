import type { SubmitFunction } from '@sveltejs/kit';

/**
 * Progressive enhancement of a form with a pending flag (to disable the submit
 * button and say "sending"). `reset: false` keeps what the user typed when the
 * action answers with an error.
 */
export function createSubmission({ reset = false } = {}) {
	let pending = $state(false);
	const submit: SubmitFunction = () => {
		pending = true;
		return async ({ update }) => {
			await update({ reset });
			pending = false;
		};
	};
	return {
		get pending() {
			return pending;
		},
		submit
	};
}
