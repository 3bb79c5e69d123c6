export { EventDashboardResolver } from './dashboard.resolver';
export { DashboardGranularity, EventDashboard } from './dashboard.types';
export { dashboardStatement } from './dashboard.service';
