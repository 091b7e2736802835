/**
 * Leadership dashboards: completion by domain, agencies ranked, drill-down to the tasks.
 */
package vn.cchc.portal.dashboard;
