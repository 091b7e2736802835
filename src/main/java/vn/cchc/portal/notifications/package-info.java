/**
 * Notifications: what happens to periods and reports (published by progress as
 * {@code ReportEvents}) and the reminders of a daily job, told to the people concerned in
 * the portal (the bell, /notifications) and by e-mail through an outbox sent with
 * retries.
 */
package vn.cchc.portal.notifications;
