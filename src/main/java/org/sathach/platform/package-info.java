/**
 * Cross-cutting glue only: the datasource, migrations at start-up, configuration, i18n, error
 * handling and health. Nothing here knows a feature.
 */
package org.sathach.platform;
