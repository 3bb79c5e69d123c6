export { EventDashboardResolver } from './dashboard.resolver';
export { DashboardGranularity, EventDashboard } from './dashboard.types';
