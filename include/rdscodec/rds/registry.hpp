// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// Every generated operation (413), for tools that pick an operation by name:
//   rds::all_requests             a type list of the request types, in action byte order
//   rds::actions[i]               the action name of the i-th type (sorted: binary search)
//   rds::find_action(name)        its index, or rds::npos_action
//   rds::dispatch(name, f)        calls f(rds::operation_tag<Request>{}) and returns true,
//                                 or returns false for an unknown name
// It includes every operation header; a program that calls a few operations includes
// those headers instead (rdscodec.hpp includes none).
#ifndef RDSCODEC_RDS_REGISTRY_HPP
#define RDSCODEC_RDS_REGISTRY_HPP

#include <rdscodec/rds/accept_rc_inquired_system_event.hpp>
#include <rdscodec/rds/activate_migration_target_instance.hpp>
#include <rdscodec/rds/add_tags_to_resource.hpp>
#include <rdscodec/rds/allocate_instance_public_connection.hpp>
#include <rdscodec/rds/allocate_read_write_splitting_connection.hpp>
#include <rdscodec/rds/associate_eip_address_with_rc_instance.hpp>
#include <rdscodec/rds/attach_rc_disk.hpp>
#include <rdscodec/rds/attach_rc_instances.hpp>
#include <rdscodec/rds/attach_whitelist_template_to_instance.hpp>
#include <rdscodec/rds/authorize_backup_encryption.hpp>
#include <rdscodec/rds/authorize_rc_security_group_permission.hpp>
#include <rdscodec/rds/calculate_db_instance_weight.hpp>
#include <rdscodec/rds/cancel_active_operation_tasks.hpp>
#include <rdscodec/rds/cancel_import.hpp>
#include <rdscodec/rds/check_account_name_available.hpp>
#include <rdscodec/rds/check_backup_encryption_authorized.hpp>
#include <rdscodec/rds/check_cloud_resource_authorized.hpp>
#include <rdscodec/rds/check_create_ddr_db_instance.hpp>
#include <rdscodec/rds/check_db_name_available.hpp>
#include <rdscodec/rds/check_instance_exist.hpp>
#include <rdscodec/rds/check_rds_custom_init.hpp>
#include <rdscodec/rds/check_region_support_backup_encryption.hpp>
#include <rdscodec/rds/check_service_linked_role.hpp>
#include <rdscodec/rds/clone_db_instance.hpp>
#include <rdscodec/rds/clone_parameter_group.hpp>
#include <rdscodec/rds/confirm_notify.hpp>
#include <rdscodec/rds/copy_database.hpp>
#include <rdscodec/rds/copy_database_between_instances.hpp>
#include <rdscodec/rds/create_account.hpp>
#include <rdscodec/rds/create_backup.hpp>
#include <rdscodec/rds/create_cloud_migration_precheck_task.hpp>
#include <rdscodec/rds/create_cloud_migration_task.hpp>
#include <rdscodec/rds/create_db_instance.hpp>
#include <rdscodec/rds/create_db_instance_endpoint.hpp>
#include <rdscodec/rds/create_db_instance_endpoint_address.hpp>
#include <rdscodec/rds/create_db_instance_for_rebuild.hpp>
#include <rdscodec/rds/create_db_instance_replication.hpp>
#include <rdscodec/rds/create_db_instance_security_group_rule.hpp>
#include <rdscodec/rds/create_db_nodes.hpp>
#include <rdscodec/rds/create_db_proxy_endpoint_address.hpp>
#include <rdscodec/rds/create_database.hpp>
#include <rdscodec/rds/create_ddr_instance.hpp>
#include <rdscodec/rds/create_gad_instance.hpp>
#include <rdscodec/rds/create_gad_instance_member.hpp>
#include <rdscodec/rds/create_import_task.hpp>
#include <rdscodec/rds/create_masking_rules.hpp>
#include <rdscodec/rds/create_migrate_task.hpp>
#include <rdscodec/rds/create_online_database_task.hpp>
#include <rdscodec/rds/create_order_for_delete_db_nodes.hpp>
#include <rdscodec/rds/create_parameter_group.hpp>
#include <rdscodec/rds/create_postgres_extensions.hpp>
#include <rdscodec/rds/create_rc_deployment_set.hpp>
#include <rdscodec/rds/create_rc_disk.hpp>
#include <rdscodec/rds/create_rc_image.hpp>
#include <rdscodec/rds/create_rc_node_pool.hpp>
#include <rdscodec/rds/create_rc_snapshot.hpp>
#include <rdscodec/rds/create_read_only_db_instance.hpp>
#include <rdscodec/rds/create_replication_link.hpp>
#include <rdscodec/rds/create_secret.hpp>
#include <rdscodec/rds/create_service_linked_role.hpp>
#include <rdscodec/rds/create_temp_db_instance.hpp>
#include <rdscodec/rds/create_youhui_for_order.hpp>
#include <rdscodec/rds/delete_ad_setting.hpp>
#include <rdscodec/rds/delete_account.hpp>
#include <rdscodec/rds/delete_backup.hpp>
#include <rdscodec/rds/delete_backup_file.hpp>
#include <rdscodec/rds/delete_db_instance.hpp>
#include <rdscodec/rds/delete_db_instance_endpoint.hpp>
#include <rdscodec/rds/delete_db_instance_endpoint_address.hpp>
#include <rdscodec/rds/delete_db_instance_replication.hpp>
#include <rdscodec/rds/delete_db_instance_security_group_rule.hpp>
#include <rdscodec/rds/delete_db_nodes.hpp>
#include <rdscodec/rds/delete_db_proxy_endpoint_address.hpp>
#include <rdscodec/rds/delete_database.hpp>
#include <rdscodec/rds/delete_gad_instance.hpp>
#include <rdscodec/rds/delete_masking_rules.hpp>
#include <rdscodec/rds/delete_parameter_group.hpp>
#include <rdscodec/rds/delete_parameter_timed_schedule_task.hpp>
#include <rdscodec/rds/delete_postgres_extensions.hpp>
#include <rdscodec/rds/delete_rc_cluster_nodes.hpp>
#include <rdscodec/rds/delete_rc_deployment_set.hpp>
#include <rdscodec/rds/delete_rc_disk.hpp>
#include <rdscodec/rds/delete_rc_instance.hpp>
#include <rdscodec/rds/delete_rc_instances.hpp>
#include <rdscodec/rds/delete_rc_node_pool.hpp>
#include <rdscodec/rds/delete_rc_snapshot.hpp>
#include <rdscodec/rds/delete_rcv_cluster.hpp>
#include <rdscodec/rds/delete_replication_link.hpp>
#include <rdscodec/rds/delete_secret.hpp>
#include <rdscodec/rds/delete_slot.hpp>
#include <rdscodec/rds/delete_user_backup_file.hpp>
#include <rdscodec/rds/descibe_imports_from_database.hpp>
#include <rdscodec/rds/describe_ad_info.hpp>
#include <rdscodec/rds/describe_account_masking_privilege.hpp>
#include <rdscodec/rds/describe_accounts.hpp>
#include <rdscodec/rds/describe_action_event_policy.hpp>
#include <rdscodec/rds/describe_active_operation_maintain_conf.hpp>
#include <rdscodec/rds/describe_active_operation_tasks.hpp>
#include <rdscodec/rds/describe_all_whitelist_template.hpp>
#include <rdscodec/rds/describe_analyticdb_by_primary_db_instance.hpp>
#include <rdscodec/rds/describe_available_classes.hpp>
#include <rdscodec/rds/describe_available_cross_region.hpp>
#include <rdscodec/rds/describe_available_metrics.hpp>
#include <rdscodec/rds/describe_available_recovery_time.hpp>
#include <rdscodec/rds/describe_available_zones.hpp>
#include <rdscodec/rds/describe_backup_database.hpp>
#include <rdscodec/rds/describe_backup_policy.hpp>
#include <rdscodec/rds/describe_backup_tasks.hpp>
#include <rdscodec/rds/describe_backups.hpp>
#include <rdscodec/rds/describe_binlog_files.hpp>
#include <rdscodec/rds/describe_character_set_name.hpp>
#include <rdscodec/rds/describe_class_details.hpp>
#include <rdscodec/rds/describe_cloud_migration_precheck_result.hpp>
#include <rdscodec/rds/describe_cloud_migration_result.hpp>
#include <rdscodec/rds/describe_collation_time_zones.hpp>
#include <rdscodec/rds/describe_compute_burst_config.hpp>
#include <rdscodec/rds/describe_cross_backup_meta_list.hpp>
#include <rdscodec/rds/describe_cross_region_backup_db_instance.hpp>
#include <rdscodec/rds/describe_cross_region_backups.hpp>
#include <rdscodec/rds/describe_cross_region_log_backup_files.hpp>
#include <rdscodec/rds/describe_current_modify_order.hpp>
#include <rdscodec/rds/describe_custins_resource_info.hpp>
#include <rdscodec/rds/describe_db_instance_attribute.hpp>
#include <rdscodec/rds/describe_db_instance_by_tags.hpp>
#include <rdscodec/rds/describe_db_instance_cls.hpp>
#include <rdscodec/rds/describe_db_instance_connectivity.hpp>
#include <rdscodec/rds/describe_db_instance_detail.hpp>
#include <rdscodec/rds/describe_db_instance_encryption_key.hpp>
#include <rdscodec/rds/describe_db_instance_endpoints.hpp>
#include <rdscodec/rds/describe_db_instance_ha_config.hpp>
#include <rdscodec/rds/describe_db_instance_ip_array_list.hpp>
#include <rdscodec/rds/describe_db_instance_ip_hostname.hpp>
#include <rdscodec/rds/describe_db_instance_metrics.hpp>
#include <rdscodec/rds/describe_db_instance_monitor.hpp>
#include <rdscodec/rds/describe_db_instance_net_info.hpp>
#include <rdscodec/rds/describe_db_instance_net_info_for_channel.hpp>
#include <rdscodec/rds/describe_db_instance_performance.hpp>
#include <rdscodec/rds/describe_db_instance_promote_activity.hpp>
#include <rdscodec/rds/describe_db_instance_proxy_configuration.hpp>
#include <rdscodec/rds/describe_db_instance_replication.hpp>
#include <rdscodec/rds/describe_db_instance_ssl.hpp>
#include <rdscodec/rds/describe_db_instance_security_group_rule.hpp>
#include <rdscodec/rds/describe_db_instance_switch_log.hpp>
#include <rdscodec/rds/describe_db_instance_tde.hpp>
#include <rdscodec/rds/describe_db_instances.hpp>
#include <rdscodec/rds/describe_db_instances_as_csv.hpp>
#include <rdscodec/rds/describe_db_instances_by_expire_time.hpp>
#include <rdscodec/rds/describe_db_instances_by_performance.hpp>
#include <rdscodec/rds/describe_db_instances_for_clone.hpp>
#include <rdscodec/rds/describe_db_mini_engine_versions.hpp>
#include <rdscodec/rds/describe_db_proxy.hpp>
#include <rdscodec/rds/describe_db_proxy_endpoint.hpp>
#include <rdscodec/rds/describe_db_proxy_performance.hpp>
#include <rdscodec/rds/describe_dtc_security_ip_hosts_for_sql_server.hpp>
#include <rdscodec/rds/describe_databases.hpp>
#include <rdscodec/rds/describe_dedicated_host_groups.hpp>
#include <rdscodec/rds/describe_dedicated_hosts.hpp>
#include <rdscodec/rds/describe_detached_backups.hpp>
#include <rdscodec/rds/describe_error_logs.hpp>
#include <rdscodec/rds/describe_events.hpp>
#include <rdscodec/rds/describe_gad_instances.hpp>
#include <rdscodec/rds/describe_ha_diagnose_config.hpp>
#include <rdscodec/rds/describe_ha_switch_config.hpp>
#include <rdscodec/rds/describe_history_events.hpp>
#include <rdscodec/rds/describe_history_events_stat.hpp>
#include <rdscodec/rds/describe_history_tasks.hpp>
#include <rdscodec/rds/describe_history_tasks_stat.hpp>
#include <rdscodec/rds/describe_host_group_elastic_strategy_parameters.hpp>
#include <rdscodec/rds/describe_host_web_shell.hpp>
#include <rdscodec/rds/describe_import_task.hpp>
#include <rdscodec/rds/describe_import_task_validation.hpp>
#include <rdscodec/rds/describe_imports_for_sql_server.hpp>
#include <rdscodec/rds/describe_instance_auto_renewal_attribute.hpp>
#include <rdscodec/rds/describe_instance_cross_backup_policy.hpp>
#include <rdscodec/rds/describe_instance_keywords.hpp>
#include <rdscodec/rds/describe_instance_linked_whitelist_template.hpp>
#include <rdscodec/rds/describe_kms_associate_resources.hpp>
#include <rdscodec/rds/describe_local_available_recovery_time.hpp>
#include <rdscodec/rds/describe_log_backup_files.hpp>
#include <rdscodec/rds/describe_marketing_activity.hpp>
#include <rdscodec/rds/describe_masking_rules.hpp>
#include <rdscodec/rds/describe_meta_list.hpp>
#include <rdscodec/rds/describe_migrate_task_by_id.hpp>
#include <rdscodec/rds/describe_migrate_tasks.hpp>
#include <rdscodec/rds/describe_modify_pg_hba_config_log.hpp>
#include <rdscodec/rds/describe_modify_parameter_log.hpp>
#include <rdscodec/rds/describe_oss_downloads.hpp>
#include <rdscodec/rds/describe_pg_hba_config.hpp>
#include <rdscodec/rds/describe_parameter_group.hpp>
#include <rdscodec/rds/describe_parameter_groups.hpp>
#include <rdscodec/rds/describe_parameter_templates.hpp>
#include <rdscodec/rds/describe_parameter_timed_schedule_task.hpp>
#include <rdscodec/rds/describe_parameters.hpp>
#include <rdscodec/rds/describe_postgres_extensions.hpp>
#include <rdscodec/rds/describe_price.hpp>
#include <rdscodec/rds/describe_quick_sale_config.hpp>
#include <rdscodec/rds/describe_rc_available_resource.hpp>
#include <rdscodec/rds/describe_rc_cloud_assistant_status.hpp>
#include <rdscodec/rds/describe_rc_cluster_config.hpp>
#include <rdscodec/rds/describe_rc_cluster_nodes.hpp>
#include <rdscodec/rds/describe_rc_clusters.hpp>
#include <rdscodec/rds/describe_rc_deployment_sets.hpp>
#include <rdscodec/rds/describe_rc_disks.hpp>
#include <rdscodec/rds/describe_rc_elastic_scaling.hpp>
#include <rdscodec/rds/describe_rc_image_list.hpp>
#include <rdscodec/rds/describe_rc_instance_attribute.hpp>
#include <rdscodec/rds/describe_rc_instance_ddos_count.hpp>
#include <rdscodec/rds/describe_rc_instance_history_events.hpp>
#include <rdscodec/rds/describe_rc_instance_ip_address.hpp>
#include <rdscodec/rds/describe_rc_instance_type_families.hpp>
#include <rdscodec/rds/describe_rc_instance_types.hpp>
#include <rdscodec/rds/describe_rc_instance_vnc_url.hpp>
#include <rdscodec/rds/describe_rc_instances.hpp>
#include <rdscodec/rds/describe_rc_invocation_results.hpp>
#include <rdscodec/rds/describe_rc_metric_list.hpp>
#include <rdscodec/rds/describe_rc_network_interfaces.hpp>
#include <rdscodec/rds/describe_rc_node_pool.hpp>
#include <rdscodec/rds/describe_rc_resources_modification.hpp>
#include <rdscodec/rds/describe_rc_security_group_list.hpp>
#include <rdscodec/rds/describe_rc_security_group_permission.hpp>
#include <rdscodec/rds/describe_rc_snapshots.hpp>
#include <rdscodec/rds/describe_rcv_cluster.hpp>
#include <rdscodec/rds/describe_rds_resource_settings.hpp>
#include <rdscodec/rds/describe_read_db_instance_delay.hpp>
#include <rdscodec/rds/describe_region_infos.hpp>
#include <rdscodec/rds/describe_regions.hpp>
#include <rdscodec/rds/describe_renewal_price.hpp>
#include <rdscodec/rds/describe_replication_link_logs.hpp>
#include <rdscodec/rds/describe_resource_details.hpp>
#include <rdscodec/rds/describe_resource_usage.hpp>
#include <rdscodec/rds/describe_sql_collector_policy.hpp>
#include <rdscodec/rds/describe_sql_collector_retention.hpp>
#include <rdscodec/rds/describe_sql_log_files.hpp>
#include <rdscodec/rds/describe_sql_log_records.hpp>
#include <rdscodec/rds/describe_sql_log_report_list.hpp>
#include <rdscodec/rds/describe_sql_server_upgrade_versions.hpp>
#include <rdscodec/rds/describe_secrets.hpp>
#include <rdscodec/rds/describe_security_group_configuration.hpp>
#include <rdscodec/rds/describe_slots.hpp>
#include <rdscodec/rds/describe_slow_log_records.hpp>
#include <rdscodec/rds/describe_slow_logs.hpp>
#include <rdscodec/rds/describe_support_online_resize_disk.hpp>
#include <rdscodec/rds/describe_tags.hpp>
#include <rdscodec/rds/describe_tasks.hpp>
#include <rdscodec/rds/describe_upgrade_major_version_precheck_task.hpp>
#include <rdscodec/rds/describe_upgrade_major_version_tasks.hpp>
#include <rdscodec/rds/describe_v_switch_list.hpp>
#include <rdscodec/rds/describe_v_switches.hpp>
#include <rdscodec/rds/describe_vpcs.hpp>
#include <rdscodec/rds/describe_whitelist_template.hpp>
#include <rdscodec/rds/describe_whitelist_template_linked_instance.hpp>
#include <rdscodec/rds/destroy_db_instance.hpp>
#include <rdscodec/rds/detach_gad_instance_member.hpp>
#include <rdscodec/rds/detach_rc_disk.hpp>
#include <rdscodec/rds/detach_whitelist_template_to_instance.hpp>
#include <rdscodec/rds/enable_backup_encryption.hpp>
#include <rdscodec/rds/evaluate_local_extend_disk.hpp>
#include <rdscodec/rds/get_db_instance_topology.hpp>
#include <rdscodec/rds/get_db_proxy_instance_ssl.hpp>
#include <rdscodec/rds/grant_account_privilege.hpp>
#include <rdscodec/rds/grant_operator_permission.hpp>
#include <rdscodec/rds/import_database_between_instances.hpp>
#include <rdscodec/rds/import_user_backup_file.hpp>
#include <rdscodec/rds/install_rc_cloud_assistant.hpp>
#include <rdscodec/rds/list_classes.hpp>
#include <rdscodec/rds/list_import_tasks.hpp>
#include <rdscodec/rds/list_rcv_clusters.hpp>
#include <rdscodec/rds/list_tag_resources.hpp>
#include <rdscodec/rds/list_user_backup_files.hpp>
#include <rdscodec/rds/lock_account.hpp>
#include <rdscodec/rds/migrate_connection_to_other_zone.hpp>
#include <rdscodec/rds/migrate_db_instance.hpp>
#include <rdscodec/rds/migrate_db_nodes.hpp>
#include <rdscodec/rds/migrate_security_ip_mode.hpp>
#include <rdscodec/rds/migrate_to_other_zone.hpp>
#include <rdscodec/rds/modify_ad_info.hpp>
#include <rdscodec/rds/modify_account_check_policy.hpp>
#include <rdscodec/rds/modify_account_description.hpp>
#include <rdscodec/rds/modify_account_masking_privilege.hpp>
#include <rdscodec/rds/modify_account_security_policy.hpp>
#include <rdscodec/rds/modify_action_event_policy.hpp>
#include <rdscodec/rds/modify_active_operation_tasks.hpp>
#include <rdscodec/rds/modify_backup_policy.hpp>
#include <rdscodec/rds/modify_backup_set_expire_time.hpp>
#include <rdscodec/rds/modify_collation_time_zone.hpp>
#include <rdscodec/rds/modify_compute_burst_config.hpp>
#include <rdscodec/rds/modify_custins_resource.hpp>
#include <rdscodec/rds/modify_db_description.hpp>
#include <rdscodec/rds/modify_db_instance.hpp>
#include <rdscodec/rds/modify_db_instance_auto_upgrade_minor_version.hpp>
#include <rdscodec/rds/modify_db_instance_cls.hpp>
#include <rdscodec/rds/modify_db_instance_config.hpp>
#include <rdscodec/rds/modify_db_instance_connection_string.hpp>
#include <rdscodec/rds/modify_db_instance_delayed_replication_time.hpp>
#include <rdscodec/rds/modify_db_instance_deletion_protection.hpp>
#include <rdscodec/rds/modify_db_instance_description.hpp>
#include <rdscodec/rds/modify_db_instance_endpoint.hpp>
#include <rdscodec/rds/modify_db_instance_endpoint_address.hpp>
#include <rdscodec/rds/modify_db_instance_ha_config.hpp>
#include <rdscodec/rds/modify_db_instance_maintain_time.hpp>
#include <rdscodec/rds/modify_db_instance_metrics.hpp>
#include <rdscodec/rds/modify_db_instance_monitor.hpp>
#include <rdscodec/rds/modify_db_instance_network_expire_time.hpp>
#include <rdscodec/rds/modify_db_instance_network_type.hpp>
#include <rdscodec/rds/modify_db_instance_pay_type.hpp>
#include <rdscodec/rds/modify_db_instance_replication_switch.hpp>
#include <rdscodec/rds/modify_db_instance_ssl.hpp>
#include <rdscodec/rds/modify_db_instance_security_group_rule.hpp>
#include <rdscodec/rds/modify_db_instance_spec.hpp>
#include <rdscodec/rds/modify_db_instance_tde.hpp>
#include <rdscodec/rds/modify_db_instance_vector_support_status.hpp>
#include <rdscodec/rds/modify_db_node.hpp>
#include <rdscodec/rds/modify_db_proxy.hpp>
#include <rdscodec/rds/modify_db_proxy_endpoint.hpp>
#include <rdscodec/rds/modify_db_proxy_endpoint_address.hpp>
#include <rdscodec/rds/modify_db_proxy_instance.hpp>
#include <rdscodec/rds/modify_dtc_security_ip_hosts_for_sql_server.hpp>
#include <rdscodec/rds/modify_das_instance_config.hpp>
#include <rdscodec/rds/modify_database_config.hpp>
#include <rdscodec/rds/modify_db_proxy_instance_ssl.hpp>
#include <rdscodec/rds/modify_event_info.hpp>
#include <rdscodec/rds/modify_ha_diagnose_config.hpp>
#include <rdscodec/rds/modify_ha_switch_config.hpp>
#include <rdscodec/rds/modify_import_task.hpp>
#include <rdscodec/rds/modify_instance_auto_renewal_attribute.hpp>
#include <rdscodec/rds/modify_instance_cross_backup_policy.hpp>
#include <rdscodec/rds/modify_masking_rules.hpp>
#include <rdscodec/rds/modify_pg_hba_config.hpp>
#include <rdscodec/rds/modify_parameter.hpp>
#include <rdscodec/rds/modify_parameter_group.hpp>
#include <rdscodec/rds/modify_parameter_timed_schedule_task.hpp>
#include <rdscodec/rds/modify_rc_deployment_set_attribute.hpp>
#include <rdscodec/rds/modify_rc_disk_attribute.hpp>
#include <rdscodec/rds/modify_rc_disk_charge_type.hpp>
#include <rdscodec/rds/modify_rc_disk_spec.hpp>
#include <rdscodec/rds/modify_rc_elastic_scaling.hpp>
#include <rdscodec/rds/modify_rc_instance.hpp>
#include <rdscodec/rds/modify_rc_instance_attribute.hpp>
#include <rdscodec/rds/modify_rc_instance_charge_type.hpp>
#include <rdscodec/rds/modify_rc_instance_description.hpp>
#include <rdscodec/rds/modify_rc_instance_key_pair.hpp>
#include <rdscodec/rds/modify_rc_instance_network_spec.hpp>
#include <rdscodec/rds/modify_rc_instance_vpc_attribute.hpp>
#include <rdscodec/rds/modify_rc_security_group_permission.hpp>
#include <rdscodec/rds/modify_rcv_cluster.hpp>
#include <rdscodec/rds/modify_read_write_splitting_connection.hpp>
#include <rdscodec/rds/modify_readonly_instance_delay_replication_time.hpp>
#include <rdscodec/rds/modify_resource_group.hpp>
#include <rdscodec/rds/modify_sql_collector_policy.hpp>
#include <rdscodec/rds/modify_sql_collector_retention.hpp>
#include <rdscodec/rds/modify_security_group_configuration.hpp>
#include <rdscodec/rds/modify_security_ips.hpp>
#include <rdscodec/rds/modify_task_info.hpp>
#include <rdscodec/rds/modify_whitelist_template.hpp>
#include <rdscodec/rds/pre_check_create_order_for_delete_db_nodes.hpp>
#include <rdscodec/rds/precheck_duck_db_dependency.hpp>
#include <rdscodec/rds/purge_db_instance_log.hpp>
#include <rdscodec/rds/query_notify.hpp>
#include <rdscodec/rds/query_recommend_by_code.hpp>
#include <rdscodec/rds/rds_custom_init.hpp>
#include <rdscodec/rds/reboot_rc_instance.hpp>
#include <rdscodec/rds/reboot_rc_instances.hpp>
#include <rdscodec/rds/rebuild_db_instance.hpp>
#include <rdscodec/rds/rebuild_replication_link.hpp>
#include <rdscodec/rds/receive_db_instance.hpp>
#include <rdscodec/rds/recovery_db_instance.hpp>
#include <rdscodec/rds/redeploy_rc_instance.hpp>
#include <rdscodec/rds/release_instance_connection.hpp>
#include <rdscodec/rds/release_instance_public_connection.hpp>
#include <rdscodec/rds/release_read_write_splitting_connection.hpp>
#include <rdscodec/rds/remove_tags_from_resource.hpp>
#include <rdscodec/rds/renew_instance.hpp>
#include <rdscodec/rds/renew_rc_instance.hpp>
#include <rdscodec/rds/replace_rc_instance_system_disk.hpp>
#include <rdscodec/rds/reset_account.hpp>
#include <rdscodec/rds/reset_account_password.hpp>
#include <rdscodec/rds/resize_rc_instance_disk.hpp>
#include <rdscodec/rds/restart_db_instance.hpp>
#include <rdscodec/rds/restore_ddr_table.hpp>
#include <rdscodec/rds/restore_table.hpp>
#include <rdscodec/rds/revoke_account_privilege.hpp>
#include <rdscodec/rds/revoke_operator_permission.hpp>
#include <rdscodec/rds/revoke_rc_security_group_permission.hpp>
#include <rdscodec/rds/run_rc_command.hpp>
#include <rdscodec/rds/run_rc_instances.hpp>
#include <rdscodec/rds/start_db_instance.hpp>
#include <rdscodec/rds/start_rc_instance.hpp>
#include <rdscodec/rds/start_rc_instances.hpp>
#include <rdscodec/rds/stop_db_instance.hpp>
#include <rdscodec/rds/stop_rc_instance.hpp>
#include <rdscodec/rds/stop_rc_instances.hpp>
#include <rdscodec/rds/switch_db_instance_ha.hpp>
#include <rdscodec/rds/switch_db_instance_net_type.hpp>
#include <rdscodec/rds/switch_db_instance_vpc.hpp>
#include <rdscodec/rds/switch_over_major_version_upgrade.hpp>
#include <rdscodec/rds/switch_replication_link.hpp>
#include <rdscodec/rds/sync_rc_key_pair.hpp>
#include <rdscodec/rds/sync_rc_security_group.hpp>
#include <rdscodec/rds/tag_resources.hpp>
#include <rdscodec/rds/terminate_migrate_task.hpp>
#include <rdscodec/rds/transform_db_instance_pay_type.hpp>
#include <rdscodec/rds/unassociate_eip_address_with_rc_instance.hpp>
#include <rdscodec/rds/unlock_account.hpp>
#include <rdscodec/rds/untag_resources.hpp>
#include <rdscodec/rds/update_db_instance_replication.hpp>
#include <rdscodec/rds/update_postgres_extensions.hpp>
#include <rdscodec/rds/update_user_backup_file.hpp>
#include <rdscodec/rds/upgrade_db_instance_engine_version.hpp>
#include <rdscodec/rds/upgrade_db_instance_kernel_version.hpp>
#include <rdscodec/rds/upgrade_db_instance_major_version.hpp>
#include <rdscodec/rds/upgrade_db_instance_major_version_precheck.hpp>
#include <rdscodec/rds/upgrade_db_proxy_instance_kernel_version.hpp>
#include <rdscodec/rds/validate_import_task.hpp>

#include <array>
#include <cstddef>
#include <string_view>
#include <utility>

namespace rdscodec::rds {

/// A list of types.
template <class... T>
struct type_list {
  static constexpr std::size_t size = sizeof...(T);
};

/// What dispatch() passes: an empty value naming the operation by its request type.
template <class Request>
struct operation_tag {
  using request = Request;
};

using all_requests = type_list<
    accept_rc_inquired_system_event::request,
    activate_migration_target_instance::request,
    add_tags_to_resource::request,
    allocate_instance_public_connection::request,
    allocate_read_write_splitting_connection::request,
    associate_eip_address_with_rc_instance::request,
    attach_rc_disk::request,
    attach_rc_instances::request,
    attach_whitelist_template_to_instance::request,
    authorize_backup_encryption::request,
    authorize_rc_security_group_permission::request,
    calculate_db_instance_weight::request,
    cancel_active_operation_tasks::request,
    cancel_import::request,
    check_account_name_available::request,
    check_backup_encryption_authorized::request,
    check_cloud_resource_authorized::request,
    check_create_ddr_db_instance::request,
    check_db_name_available::request,
    check_instance_exist::request,
    check_rds_custom_init::request,
    check_region_support_backup_encryption::request,
    check_service_linked_role::request,
    clone_db_instance::request,
    clone_parameter_group::request,
    confirm_notify::request,
    copy_database::request,
    copy_database_between_instances::request,
    create_account::request,
    create_backup::request,
    create_cloud_migration_precheck_task::request,
    create_cloud_migration_task::request,
    create_db_instance::request,
    create_db_instance_endpoint::request,
    create_db_instance_endpoint_address::request,
    create_db_instance_for_rebuild::request,
    create_db_instance_replication::request,
    create_db_instance_security_group_rule::request,
    create_db_nodes::request,
    create_db_proxy_endpoint_address::request,
    create_database::request,
    create_ddr_instance::request,
    create_gad_instance::request,
    create_gad_instance_member::request,
    create_import_task::request,
    create_masking_rules::request,
    create_migrate_task::request,
    create_online_database_task::request,
    create_order_for_delete_db_nodes::request,
    create_parameter_group::request,
    create_postgres_extensions::request,
    create_rc_deployment_set::request,
    create_rc_disk::request,
    create_rc_image::request,
    create_rc_node_pool::request,
    create_rc_snapshot::request,
    create_read_only_db_instance::request,
    create_replication_link::request,
    create_secret::request,
    create_service_linked_role::request,
    create_temp_db_instance::request,
    create_youhui_for_order::request,
    delete_ad_setting::request,
    delete_account::request,
    delete_backup::request,
    delete_backup_file::request,
    delete_db_instance::request,
    delete_db_instance_endpoint::request,
    delete_db_instance_endpoint_address::request,
    delete_db_instance_replication::request,
    delete_db_instance_security_group_rule::request,
    delete_db_nodes::request,
    delete_db_proxy_endpoint_address::request,
    delete_database::request,
    delete_gad_instance::request,
    delete_masking_rules::request,
    delete_parameter_group::request,
    delete_parameter_timed_schedule_task::request,
    delete_postgres_extensions::request,
    delete_rc_cluster_nodes::request,
    delete_rc_deployment_set::request,
    delete_rc_disk::request,
    delete_rc_instance::request,
    delete_rc_instances::request,
    delete_rc_node_pool::request,
    delete_rc_snapshot::request,
    delete_rcv_cluster::request,
    delete_replication_link::request,
    delete_secret::request,
    delete_slot::request,
    delete_user_backup_file::request,
    descibe_imports_from_database::request,
    describe_ad_info::request,
    describe_account_masking_privilege::request,
    describe_accounts::request,
    describe_action_event_policy::request,
    describe_active_operation_maintain_conf::request,
    describe_active_operation_tasks::request,
    describe_all_whitelist_template::request,
    describe_analyticdb_by_primary_db_instance::request,
    describe_available_classes::request,
    describe_available_cross_region::request,
    describe_available_metrics::request,
    describe_available_recovery_time::request,
    describe_available_zones::request,
    describe_backup_database::request,
    describe_backup_policy::request,
    describe_backup_tasks::request,
    describe_backups::request,
    describe_binlog_files::request,
    describe_character_set_name::request,
    describe_class_details::request,
    describe_cloud_migration_precheck_result::request,
    describe_cloud_migration_result::request,
    describe_collation_time_zones::request,
    describe_compute_burst_config::request,
    describe_cross_backup_meta_list::request,
    describe_cross_region_backup_db_instance::request,
    describe_cross_region_backups::request,
    describe_cross_region_log_backup_files::request,
    describe_current_modify_order::request,
    describe_custins_resource_info::request,
    describe_db_instance_attribute::request,
    describe_db_instance_by_tags::request,
    describe_db_instance_cls::request,
    describe_db_instance_connectivity::request,
    describe_db_instance_detail::request,
    describe_db_instance_encryption_key::request,
    describe_db_instance_endpoints::request,
    describe_db_instance_ha_config::request,
    describe_db_instance_ip_array_list::request,
    describe_db_instance_ip_hostname::request,
    describe_db_instance_metrics::request,
    describe_db_instance_monitor::request,
    describe_db_instance_net_info::request,
    describe_db_instance_net_info_for_channel::request,
    describe_db_instance_performance::request,
    describe_db_instance_promote_activity::request,
    describe_db_instance_proxy_configuration::request,
    describe_db_instance_replication::request,
    describe_db_instance_ssl::request,
    describe_db_instance_security_group_rule::request,
    describe_db_instance_switch_log::request,
    describe_db_instance_tde::request,
    describe_db_instances::request,
    describe_db_instances_as_csv::request,
    describe_db_instances_by_expire_time::request,
    describe_db_instances_by_performance::request,
    describe_db_instances_for_clone::request,
    describe_db_mini_engine_versions::request,
    describe_db_proxy::request,
    describe_db_proxy_endpoint::request,
    describe_db_proxy_performance::request,
    describe_dtc_security_ip_hosts_for_sql_server::request,
    describe_databases::request,
    describe_dedicated_host_groups::request,
    describe_dedicated_hosts::request,
    describe_detached_backups::request,
    describe_error_logs::request,
    describe_events::request,
    describe_gad_instances::request,
    describe_ha_diagnose_config::request,
    describe_ha_switch_config::request,
    describe_history_events::request,
    describe_history_events_stat::request,
    describe_history_tasks::request,
    describe_history_tasks_stat::request,
    describe_host_group_elastic_strategy_parameters::request,
    describe_host_web_shell::request,
    describe_import_task::request,
    describe_import_task_validation::request,
    describe_imports_for_sql_server::request,
    describe_instance_auto_renewal_attribute::request,
    describe_instance_cross_backup_policy::request,
    describe_instance_keywords::request,
    describe_instance_linked_whitelist_template::request,
    describe_kms_associate_resources::request,
    describe_local_available_recovery_time::request,
    describe_log_backup_files::request,
    describe_marketing_activity::request,
    describe_masking_rules::request,
    describe_meta_list::request,
    describe_migrate_task_by_id::request,
    describe_migrate_tasks::request,
    describe_modify_pg_hba_config_log::request,
    describe_modify_parameter_log::request,
    describe_oss_downloads::request,
    describe_pg_hba_config::request,
    describe_parameter_group::request,
    describe_parameter_groups::request,
    describe_parameter_templates::request,
    describe_parameter_timed_schedule_task::request,
    describe_parameters::request,
    describe_postgres_extensions::request,
    describe_price::request,
    describe_quick_sale_config::request,
    describe_rc_available_resource::request,
    describe_rc_cloud_assistant_status::request,
    describe_rc_cluster_config::request,
    describe_rc_cluster_nodes::request,
    describe_rc_clusters::request,
    describe_rc_deployment_sets::request,
    describe_rc_disks::request,
    describe_rc_elastic_scaling::request,
    describe_rc_image_list::request,
    describe_rc_instance_attribute::request,
    describe_rc_instance_ddos_count::request,
    describe_rc_instance_history_events::request,
    describe_rc_instance_ip_address::request,
    describe_rc_instance_type_families::request,
    describe_rc_instance_types::request,
    describe_rc_instance_vnc_url::request,
    describe_rc_instances::request,
    describe_rc_invocation_results::request,
    describe_rc_metric_list::request,
    describe_rc_network_interfaces::request,
    describe_rc_node_pool::request,
    describe_rc_resources_modification::request,
    describe_rc_security_group_list::request,
    describe_rc_security_group_permission::request,
    describe_rc_snapshots::request,
    describe_rcv_cluster::request,
    describe_rds_resource_settings::request,
    describe_read_db_instance_delay::request,
    describe_region_infos::request,
    describe_regions::request,
    describe_renewal_price::request,
    describe_replication_link_logs::request,
    describe_resource_details::request,
    describe_resource_usage::request,
    describe_sql_collector_policy::request,
    describe_sql_collector_retention::request,
    describe_sql_log_files::request,
    describe_sql_log_records::request,
    describe_sql_log_report_list::request,
    describe_sql_server_upgrade_versions::request,
    describe_secrets::request,
    describe_security_group_configuration::request,
    describe_slots::request,
    describe_slow_log_records::request,
    describe_slow_logs::request,
    describe_support_online_resize_disk::request,
    describe_tags::request,
    describe_tasks::request,
    describe_upgrade_major_version_precheck_task::request,
    describe_upgrade_major_version_tasks::request,
    describe_v_switch_list::request,
    describe_v_switches::request,
    describe_vpcs::request,
    describe_whitelist_template::request,
    describe_whitelist_template_linked_instance::request,
    destroy_db_instance::request,
    detach_gad_instance_member::request,
    detach_rc_disk::request,
    detach_whitelist_template_to_instance::request,
    enable_backup_encryption::request,
    evaluate_local_extend_disk::request,
    get_db_instance_topology::request,
    get_db_proxy_instance_ssl::request,
    grant_account_privilege::request,
    grant_operator_permission::request,
    import_database_between_instances::request,
    import_user_backup_file::request,
    install_rc_cloud_assistant::request,
    list_classes::request,
    list_import_tasks::request,
    list_rcv_clusters::request,
    list_tag_resources::request,
    list_user_backup_files::request,
    lock_account::request,
    migrate_connection_to_other_zone::request,
    migrate_db_instance::request,
    migrate_db_nodes::request,
    migrate_security_ip_mode::request,
    migrate_to_other_zone::request,
    modify_ad_info::request,
    modify_account_check_policy::request,
    modify_account_description::request,
    modify_account_masking_privilege::request,
    modify_account_security_policy::request,
    modify_action_event_policy::request,
    modify_active_operation_tasks::request,
    modify_backup_policy::request,
    modify_backup_set_expire_time::request,
    modify_collation_time_zone::request,
    modify_compute_burst_config::request,
    modify_custins_resource::request,
    modify_db_description::request,
    modify_db_instance::request,
    modify_db_instance_auto_upgrade_minor_version::request,
    modify_db_instance_cls::request,
    modify_db_instance_config::request,
    modify_db_instance_connection_string::request,
    modify_db_instance_delayed_replication_time::request,
    modify_db_instance_deletion_protection::request,
    modify_db_instance_description::request,
    modify_db_instance_endpoint::request,
    modify_db_instance_endpoint_address::request,
    modify_db_instance_ha_config::request,
    modify_db_instance_maintain_time::request,
    modify_db_instance_metrics::request,
    modify_db_instance_monitor::request,
    modify_db_instance_network_expire_time::request,
    modify_db_instance_network_type::request,
    modify_db_instance_pay_type::request,
    modify_db_instance_replication_switch::request,
    modify_db_instance_ssl::request,
    modify_db_instance_security_group_rule::request,
    modify_db_instance_spec::request,
    modify_db_instance_tde::request,
    modify_db_instance_vector_support_status::request,
    modify_db_node::request,
    modify_db_proxy::request,
    modify_db_proxy_endpoint::request,
    modify_db_proxy_endpoint_address::request,
    modify_db_proxy_instance::request,
    modify_dtc_security_ip_hosts_for_sql_server::request,
    modify_das_instance_config::request,
    modify_database_config::request,
    modify_db_proxy_instance_ssl::request,
    modify_event_info::request,
    modify_ha_diagnose_config::request,
    modify_ha_switch_config::request,
    modify_import_task::request,
    modify_instance_auto_renewal_attribute::request,
    modify_instance_cross_backup_policy::request,
    modify_masking_rules::request,
    modify_pg_hba_config::request,
    modify_parameter::request,
    modify_parameter_group::request,
    modify_parameter_timed_schedule_task::request,
    modify_rc_deployment_set_attribute::request,
    modify_rc_disk_attribute::request,
    modify_rc_disk_charge_type::request,
    modify_rc_disk_spec::request,
    modify_rc_elastic_scaling::request,
    modify_rc_instance::request,
    modify_rc_instance_attribute::request,
    modify_rc_instance_charge_type::request,
    modify_rc_instance_description::request,
    modify_rc_instance_key_pair::request,
    modify_rc_instance_network_spec::request,
    modify_rc_instance_vpc_attribute::request,
    modify_rc_security_group_permission::request,
    modify_rcv_cluster::request,
    modify_read_write_splitting_connection::request,
    modify_readonly_instance_delay_replication_time::request,
    modify_resource_group::request,
    modify_sql_collector_policy::request,
    modify_sql_collector_retention::request,
    modify_security_group_configuration::request,
    modify_security_ips::request,
    modify_task_info::request,
    modify_whitelist_template::request,
    pre_check_create_order_for_delete_db_nodes::request,
    precheck_duck_db_dependency::request,
    purge_db_instance_log::request,
    query_notify::request,
    query_recommend_by_code::request,
    rds_custom_init::request,
    reboot_rc_instance::request,
    reboot_rc_instances::request,
    rebuild_db_instance::request,
    rebuild_replication_link::request,
    receive_db_instance::request,
    recovery_db_instance::request,
    redeploy_rc_instance::request,
    release_instance_connection::request,
    release_instance_public_connection::request,
    release_read_write_splitting_connection::request,
    remove_tags_from_resource::request,
    renew_instance::request,
    renew_rc_instance::request,
    replace_rc_instance_system_disk::request,
    reset_account::request,
    reset_account_password::request,
    resize_rc_instance_disk::request,
    restart_db_instance::request,
    restore_ddr_table::request,
    restore_table::request,
    revoke_account_privilege::request,
    revoke_operator_permission::request,
    revoke_rc_security_group_permission::request,
    run_rc_command::request,
    run_rc_instances::request,
    start_db_instance::request,
    start_rc_instance::request,
    start_rc_instances::request,
    stop_db_instance::request,
    stop_rc_instance::request,
    stop_rc_instances::request,
    switch_db_instance_ha::request,
    switch_db_instance_net_type::request,
    switch_db_instance_vpc::request,
    switch_over_major_version_upgrade::request,
    switch_replication_link::request,
    sync_rc_key_pair::request,
    sync_rc_security_group::request,
    tag_resources::request,
    terminate_migrate_task::request,
    transform_db_instance_pay_type::request,
    unassociate_eip_address_with_rc_instance::request,
    unlock_account::request,
    untag_resources::request,
    update_db_instance_replication::request,
    update_postgres_extensions::request,
    update_user_backup_file::request,
    upgrade_db_instance_engine_version::request,
    upgrade_db_instance_kernel_version::request,
    upgrade_db_instance_major_version::request,
    upgrade_db_instance_major_version_precheck::request,
    upgrade_db_proxy_instance_kernel_version::request,
    validate_import_task::request>;

inline constexpr std::size_t operation_count = 413;
inline constexpr std::size_t npos_action = static_cast<std::size_t>(-1);

/// Action names in byte order; actions[i] is the action of the i-th type of all_requests.
inline constexpr std::array<std::string_view, 413> actions = {
    "AcceptRCInquiredSystemEvent",
    "ActivateMigrationTargetInstance",
    "AddTagsToResource",
    "AllocateInstancePublicConnection",
    "AllocateReadWriteSplittingConnection",
    "AssociateEipAddressWithRCInstance",
    "AttachRCDisk",
    "AttachRCInstances",
    "AttachWhitelistTemplateToInstance",
    "AuthorizeBackupEncryption",
    "AuthorizeRCSecurityGroupPermission",
    "CalculateDBInstanceWeight",
    "CancelActiveOperationTasks",
    "CancelImport",
    "CheckAccountNameAvailable",
    "CheckBackupEncryptionAuthorized",
    "CheckCloudResourceAuthorized",
    "CheckCreateDdrDBInstance",
    "CheckDBNameAvailable",
    "CheckInstanceExist",
    "CheckRdsCustomInit",
    "CheckRegionSupportBackupEncryption",
    "CheckServiceLinkedRole",
    "CloneDBInstance",
    "CloneParameterGroup",
    "ConfirmNotify",
    "CopyDatabase",
    "CopyDatabaseBetweenInstances",
    "CreateAccount",
    "CreateBackup",
    "CreateCloudMigrationPrecheckTask",
    "CreateCloudMigrationTask",
    "CreateDBInstance",
    "CreateDBInstanceEndpoint",
    "CreateDBInstanceEndpointAddress",
    "CreateDBInstanceForRebuild",
    "CreateDBInstanceReplication",
    "CreateDBInstanceSecurityGroupRule",
    "CreateDBNodes",
    "CreateDBProxyEndpointAddress",
    "CreateDatabase",
    "CreateDdrInstance",
    "CreateGADInstance",
    "CreateGadInstanceMember",
    "CreateImportTask",
    "CreateMaskingRules",
    "CreateMigrateTask",
    "CreateOnlineDatabaseTask",
    "CreateOrderForDeleteDBNodes",
    "CreateParameterGroup",
    "CreatePostgresExtensions",
    "CreateRCDeploymentSet",
    "CreateRCDisk",
    "CreateRCImage",
    "CreateRCNodePool",
    "CreateRCSnapshot",
    "CreateReadOnlyDBInstance",
    "CreateReplicationLink",
    "CreateSecret",
    "CreateServiceLinkedRole",
    "CreateTempDBInstance",
    "CreateYouhuiForOrder",
    "DeleteADSetting",
    "DeleteAccount",
    "DeleteBackup",
    "DeleteBackupFile",
    "DeleteDBInstance",
    "DeleteDBInstanceEndpoint",
    "DeleteDBInstanceEndpointAddress",
    "DeleteDBInstanceReplication",
    "DeleteDBInstanceSecurityGroupRule",
    "DeleteDBNodes",
    "DeleteDBProxyEndpointAddress",
    "DeleteDatabase",
    "DeleteGadInstance",
    "DeleteMaskingRules",
    "DeleteParameterGroup",
    "DeleteParameterTimedScheduleTask",
    "DeletePostgresExtensions",
    "DeleteRCClusterNodes",
    "DeleteRCDeploymentSet",
    "DeleteRCDisk",
    "DeleteRCInstance",
    "DeleteRCInstances",
    "DeleteRCNodePool",
    "DeleteRCSnapshot",
    "DeleteRCVCluster",
    "DeleteReplicationLink",
    "DeleteSecret",
    "DeleteSlot",
    "DeleteUserBackupFile",
    "DescibeImportsFromDatabase",
    "DescribeADInfo",
    "DescribeAccountMaskingPrivilege",
    "DescribeAccounts",
    "DescribeActionEventPolicy",
    "DescribeActiveOperationMaintainConf",
    "DescribeActiveOperationTasks",
    "DescribeAllWhitelistTemplate",
    "DescribeAnalyticdbByPrimaryDBInstance",
    "DescribeAvailableClasses",
    "DescribeAvailableCrossRegion",
    "DescribeAvailableMetrics",
    "DescribeAvailableRecoveryTime",
    "DescribeAvailableZones",
    "DescribeBackupDatabase",
    "DescribeBackupPolicy",
    "DescribeBackupTasks",
    "DescribeBackups",
    "DescribeBinlogFiles",
    "DescribeCharacterSetName",
    "DescribeClassDetails",
    "DescribeCloudMigrationPrecheckResult",
    "DescribeCloudMigrationResult",
    "DescribeCollationTimeZones",
    "DescribeComputeBurstConfig",
    "DescribeCrossBackupMetaList",
    "DescribeCrossRegionBackupDBInstance",
    "DescribeCrossRegionBackups",
    "DescribeCrossRegionLogBackupFiles",
    "DescribeCurrentModifyOrder",
    "DescribeCustinsResourceInfo",
    "DescribeDBInstanceAttribute",
    "DescribeDBInstanceByTags",
    "DescribeDBInstanceCLS",
    "DescribeDBInstanceConnectivity",
    "DescribeDBInstanceDetail",
    "DescribeDBInstanceEncryptionKey",
    "DescribeDBInstanceEndpoints",
    "DescribeDBInstanceHAConfig",
    "DescribeDBInstanceIPArrayList",
    "DescribeDBInstanceIpHostname",
    "DescribeDBInstanceMetrics",
    "DescribeDBInstanceMonitor",
    "DescribeDBInstanceNetInfo",
    "DescribeDBInstanceNetInfoForChannel",
    "DescribeDBInstancePerformance",
    "DescribeDBInstancePromoteActivity",
    "DescribeDBInstanceProxyConfiguration",
    "DescribeDBInstanceReplication",
    "DescribeDBInstanceSSL",
    "DescribeDBInstanceSecurityGroupRule",
    "DescribeDBInstanceSwitchLog",
    "DescribeDBInstanceTDE",
    "DescribeDBInstances",
    "DescribeDBInstancesAsCsv",
    "DescribeDBInstancesByExpireTime",
    "DescribeDBInstancesByPerformance",
    "DescribeDBInstancesForClone",
    "DescribeDBMiniEngineVersions",
    "DescribeDBProxy",
    "DescribeDBProxyEndpoint",
    "DescribeDBProxyPerformance",
    "DescribeDTCSecurityIpHostsForSQLServer",
    "DescribeDatabases",
    "DescribeDedicatedHostGroups",
    "DescribeDedicatedHosts",
    "DescribeDetachedBackups",
    "DescribeErrorLogs",
    "DescribeEvents",
    "DescribeGadInstances",
    "DescribeHADiagnoseConfig",
    "DescribeHASwitchConfig",
    "DescribeHistoryEvents",
    "DescribeHistoryEventsStat",
    "DescribeHistoryTasks",
    "DescribeHistoryTasksStat",
    "DescribeHostGroupElasticStrategyParameters",
    "DescribeHostWebShell",
    "DescribeImportTask",
    "DescribeImportTaskValidation",
    "DescribeImportsForSQLServer",
    "DescribeInstanceAutoRenewalAttribute",
    "DescribeInstanceCrossBackupPolicy",
    "DescribeInstanceKeywords",
    "DescribeInstanceLinkedWhitelistTemplate",
    "DescribeKmsAssociateResources",
    "DescribeLocalAvailableRecoveryTime",
    "DescribeLogBackupFiles",
    "DescribeMarketingActivity",
    "DescribeMaskingRules",
    "DescribeMetaList",
    "DescribeMigrateTaskById",
    "DescribeMigrateTasks",
    "DescribeModifyPGHbaConfigLog",
    "DescribeModifyParameterLog",
    "DescribeOssDownloads",
    "DescribePGHbaConfig",
    "DescribeParameterGroup",
    "DescribeParameterGroups",
    "DescribeParameterTemplates",
    "DescribeParameterTimedScheduleTask",
    "DescribeParameters",
    "DescribePostgresExtensions",
    "DescribePrice",
    "DescribeQuickSaleConfig",
    "DescribeRCAvailableResource",
    "DescribeRCCloudAssistantStatus",
    "DescribeRCClusterConfig",
    "DescribeRCClusterNodes",
    "DescribeRCClusters",
    "DescribeRCDeploymentSets",
    "DescribeRCDisks",
    "DescribeRCElasticScaling",
    "DescribeRCImageList",
    "DescribeRCInstanceAttribute",
    "DescribeRCInstanceDdosCount",
    "DescribeRCInstanceHistoryEvents",
    "DescribeRCInstanceIpAddress",
    "DescribeRCInstanceTypeFamilies",
    "DescribeRCInstanceTypes",
    "DescribeRCInstanceVncUrl",
    "DescribeRCInstances",
    "DescribeRCInvocationResults",
    "DescribeRCMetricList",
    "DescribeRCNetworkInterfaces",
    "DescribeRCNodePool",
    "DescribeRCResourcesModification",
    "DescribeRCSecurityGroupList",
    "DescribeRCSecurityGroupPermission",
    "DescribeRCSnapshots",
    "DescribeRCVCluster",
    "DescribeRdsResourceSettings",
    "DescribeReadDBInstanceDelay",
    "DescribeRegionInfos",
    "DescribeRegions",
    "DescribeRenewalPrice",
    "DescribeReplicationLinkLogs",
    "DescribeResourceDetails",
    "DescribeResourceUsage",
    "DescribeSQLCollectorPolicy",
    "DescribeSQLCollectorRetention",
    "DescribeSQLLogFiles",
    "DescribeSQLLogRecords",
    "DescribeSQLLogReportList",
    "DescribeSQLServerUpgradeVersions",
    "DescribeSecrets",
    "DescribeSecurityGroupConfiguration",
    "DescribeSlots",
    "DescribeSlowLogRecords",
    "DescribeSlowLogs",
    "DescribeSupportOnlineResizeDisk",
    "DescribeTags",
    "DescribeTasks",
    "DescribeUpgradeMajorVersionPrecheckTask",
    "DescribeUpgradeMajorVersionTasks",
    "DescribeVSwitchList",
    "DescribeVSwitches",
    "DescribeVpcs",
    "DescribeWhitelistTemplate",
    "DescribeWhitelistTemplateLinkedInstance",
    "DestroyDBInstance",
    "DetachGadInstanceMember",
    "DetachRCDisk",
    "DetachWhitelistTemplateToInstance",
    "EnableBackupEncryption",
    "EvaluateLocalExtendDisk",
    "GetDBInstanceTopology",
    "GetDbProxyInstanceSsl",
    "GrantAccountPrivilege",
    "GrantOperatorPermission",
    "ImportDatabaseBetweenInstances",
    "ImportUserBackupFile",
    "InstallRCCloudAssistant",
    "ListClasses",
    "ListImportTasks",
    "ListRCVClusters",
    "ListTagResources",
    "ListUserBackupFiles",
    "LockAccount",
    "MigrateConnectionToOtherZone",
    "MigrateDBInstance",
    "MigrateDBNodes",
    "MigrateSecurityIPMode",
    "MigrateToOtherZone",
    "ModifyADInfo",
    "ModifyAccountCheckPolicy",
    "ModifyAccountDescription",
    "ModifyAccountMaskingPrivilege",
    "ModifyAccountSecurityPolicy",
    "ModifyActionEventPolicy",
    "ModifyActiveOperationTasks",
    "ModifyBackupPolicy",
    "ModifyBackupSetExpireTime",
    "ModifyCollationTimeZone",
    "ModifyComputeBurstConfig",
    "ModifyCustinsResource",
    "ModifyDBDescription",
    "ModifyDBInstance",
    "ModifyDBInstanceAutoUpgradeMinorVersion",
    "ModifyDBInstanceCLS",
    "ModifyDBInstanceConfig",
    "ModifyDBInstanceConnectionString",
    "ModifyDBInstanceDelayedReplicationTime",
    "ModifyDBInstanceDeletionProtection",
    "ModifyDBInstanceDescription",
    "ModifyDBInstanceEndpoint",
    "ModifyDBInstanceEndpointAddress",
    "ModifyDBInstanceHAConfig",
    "ModifyDBInstanceMaintainTime",
    "ModifyDBInstanceMetrics",
    "ModifyDBInstanceMonitor",
    "ModifyDBInstanceNetworkExpireTime",
    "ModifyDBInstanceNetworkType",
    "ModifyDBInstancePayType",
    "ModifyDBInstanceReplicationSwitch",
    "ModifyDBInstanceSSL",
    "ModifyDBInstanceSecurityGroupRule",
    "ModifyDBInstanceSpec",
    "ModifyDBInstanceTDE",
    "ModifyDBInstanceVectorSupportStatus",
    "ModifyDBNode",
    "ModifyDBProxy",
    "ModifyDBProxyEndpoint",
    "ModifyDBProxyEndpointAddress",
    "ModifyDBProxyInstance",
    "ModifyDTCSecurityIpHostsForSQLServer",
    "ModifyDasInstanceConfig",
    "ModifyDatabaseConfig",
    "ModifyDbProxyInstanceSsl",
    "ModifyEventInfo",
    "ModifyHADiagnoseConfig",
    "ModifyHASwitchConfig",
    "ModifyImportTask",
    "ModifyInstanceAutoRenewalAttribute",
    "ModifyInstanceCrossBackupPolicy",
    "ModifyMaskingRules",
    "ModifyPGHbaConfig",
    "ModifyParameter",
    "ModifyParameterGroup",
    "ModifyParameterTimedScheduleTask",
    "ModifyRCDeploymentSetAttribute",
    "ModifyRCDiskAttribute",
    "ModifyRCDiskChargeType",
    "ModifyRCDiskSpec",
    "ModifyRCElasticScaling",
    "ModifyRCInstance",
    "ModifyRCInstanceAttribute",
    "ModifyRCInstanceChargeType",
    "ModifyRCInstanceDescription",
    "ModifyRCInstanceKeyPair",
    "ModifyRCInstanceNetworkSpec",
    "ModifyRCInstanceVpcAttribute",
    "ModifyRCSecurityGroupPermission",
    "ModifyRCVCluster",
    "ModifyReadWriteSplittingConnection",
    "ModifyReadonlyInstanceDelayReplicationTime",
    "ModifyResourceGroup",
    "ModifySQLCollectorPolicy",
    "ModifySQLCollectorRetention",
    "ModifySecurityGroupConfiguration",
    "ModifySecurityIps",
    "ModifyTaskInfo",
    "ModifyWhitelistTemplate",
    "PreCheckCreateOrderForDeleteDBNodes",
    "PrecheckDuckDBDependency",
    "PurgeDBInstanceLog",
    "QueryNotify",
    "QueryRecommendByCode",
    "RdsCustomInit",
    "RebootRCInstance",
    "RebootRCInstances",
    "RebuildDBInstance",
    "RebuildReplicationLink",
    "ReceiveDBInstance",
    "RecoveryDBInstance",
    "RedeployRCInstance",
    "ReleaseInstanceConnection",
    "ReleaseInstancePublicConnection",
    "ReleaseReadWriteSplittingConnection",
    "RemoveTagsFromResource",
    "RenewInstance",
    "RenewRCInstance",
    "ReplaceRCInstanceSystemDisk",
    "ResetAccount",
    "ResetAccountPassword",
    "ResizeRCInstanceDisk",
    "RestartDBInstance",
    "RestoreDdrTable",
    "RestoreTable",
    "RevokeAccountPrivilege",
    "RevokeOperatorPermission",
    "RevokeRCSecurityGroupPermission",
    "RunRCCommand",
    "RunRCInstances",
    "StartDBInstance",
    "StartRCInstance",
    "StartRCInstances",
    "StopDBInstance",
    "StopRCInstance",
    "StopRCInstances",
    "SwitchDBInstanceHA",
    "SwitchDBInstanceNetType",
    "SwitchDBInstanceVpc",
    "SwitchOverMajorVersionUpgrade",
    "SwitchReplicationLink",
    "SyncRCKeyPair",
    "SyncRCSecurityGroup",
    "TagResources",
    "TerminateMigrateTask",
    "TransformDBInstancePayType",
    "UnassociateEipAddressWithRCInstance",
    "UnlockAccount",
    "UntagResources",
    "UpdateDBInstanceReplication",
    "UpdatePostgresExtensions",
    "UpdateUserBackupFile",
    "UpgradeDBInstanceEngineVersion",
    "UpgradeDBInstanceKernelVersion",
    "UpgradeDBInstanceMajorVersion",
    "UpgradeDBInstanceMajorVersionPrecheck",
    "UpgradeDBProxyInstanceKernelVersion",
    "ValidateImportTask"};

/// The index of `action` in `actions` (exact, case-sensitive), or npos_action.
constexpr std::size_t find_action(std::string_view action) noexcept {
  std::size_t lo = 0;
  std::size_t hi = actions.size();
  while (lo < hi) {
    const std::size_t mid = lo + (hi - lo) / 2;
    if (actions[mid] < action) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  return lo < actions.size() && actions[lo] == action ? lo : npos_action;
}

/// Calls f(operation_tag<Request>{}) for the operation named `action`; false when there is none.
template <class F>
bool dispatch(std::string_view action, F&& f) {
  switch (find_action(action)) {
    case 0: f(operation_tag<accept_rc_inquired_system_event::request>{}); return true;
    case 1: f(operation_tag<activate_migration_target_instance::request>{}); return true;
    case 2: f(operation_tag<add_tags_to_resource::request>{}); return true;
    case 3: f(operation_tag<allocate_instance_public_connection::request>{}); return true;
    case 4: f(operation_tag<allocate_read_write_splitting_connection::request>{}); return true;
    case 5: f(operation_tag<associate_eip_address_with_rc_instance::request>{}); return true;
    case 6: f(operation_tag<attach_rc_disk::request>{}); return true;
    case 7: f(operation_tag<attach_rc_instances::request>{}); return true;
    case 8: f(operation_tag<attach_whitelist_template_to_instance::request>{}); return true;
    case 9: f(operation_tag<authorize_backup_encryption::request>{}); return true;
    case 10: f(operation_tag<authorize_rc_security_group_permission::request>{}); return true;
    case 11: f(operation_tag<calculate_db_instance_weight::request>{}); return true;
    case 12: f(operation_tag<cancel_active_operation_tasks::request>{}); return true;
    case 13: f(operation_tag<cancel_import::request>{}); return true;
    case 14: f(operation_tag<check_account_name_available::request>{}); return true;
    case 15: f(operation_tag<check_backup_encryption_authorized::request>{}); return true;
    case 16: f(operation_tag<check_cloud_resource_authorized::request>{}); return true;
    case 17: f(operation_tag<check_create_ddr_db_instance::request>{}); return true;
    case 18: f(operation_tag<check_db_name_available::request>{}); return true;
    case 19: f(operation_tag<check_instance_exist::request>{}); return true;
    case 20: f(operation_tag<check_rds_custom_init::request>{}); return true;
    case 21: f(operation_tag<check_region_support_backup_encryption::request>{}); return true;
    case 22: f(operation_tag<check_service_linked_role::request>{}); return true;
    case 23: f(operation_tag<clone_db_instance::request>{}); return true;
    case 24: f(operation_tag<clone_parameter_group::request>{}); return true;
    case 25: f(operation_tag<confirm_notify::request>{}); return true;
    case 26: f(operation_tag<copy_database::request>{}); return true;
    case 27: f(operation_tag<copy_database_between_instances::request>{}); return true;
    case 28: f(operation_tag<create_account::request>{}); return true;
    case 29: f(operation_tag<create_backup::request>{}); return true;
    case 30: f(operation_tag<create_cloud_migration_precheck_task::request>{}); return true;
    case 31: f(operation_tag<create_cloud_migration_task::request>{}); return true;
    case 32: f(operation_tag<create_db_instance::request>{}); return true;
    case 33: f(operation_tag<create_db_instance_endpoint::request>{}); return true;
    case 34: f(operation_tag<create_db_instance_endpoint_address::request>{}); return true;
    case 35: f(operation_tag<create_db_instance_for_rebuild::request>{}); return true;
    case 36: f(operation_tag<create_db_instance_replication::request>{}); return true;
    case 37: f(operation_tag<create_db_instance_security_group_rule::request>{}); return true;
    case 38: f(operation_tag<create_db_nodes::request>{}); return true;
    case 39: f(operation_tag<create_db_proxy_endpoint_address::request>{}); return true;
    case 40: f(operation_tag<create_database::request>{}); return true;
    case 41: f(operation_tag<create_ddr_instance::request>{}); return true;
    case 42: f(operation_tag<create_gad_instance::request>{}); return true;
    case 43: f(operation_tag<create_gad_instance_member::request>{}); return true;
    case 44: f(operation_tag<create_import_task::request>{}); return true;
    case 45: f(operation_tag<create_masking_rules::request>{}); return true;
    case 46: f(operation_tag<create_migrate_task::request>{}); return true;
    case 47: f(operation_tag<create_online_database_task::request>{}); return true;
    case 48: f(operation_tag<create_order_for_delete_db_nodes::request>{}); return true;
    case 49: f(operation_tag<create_parameter_group::request>{}); return true;
    case 50: f(operation_tag<create_postgres_extensions::request>{}); return true;
    case 51: f(operation_tag<create_rc_deployment_set::request>{}); return true;
    case 52: f(operation_tag<create_rc_disk::request>{}); return true;
    case 53: f(operation_tag<create_rc_image::request>{}); return true;
    case 54: f(operation_tag<create_rc_node_pool::request>{}); return true;
    case 55: f(operation_tag<create_rc_snapshot::request>{}); return true;
    case 56: f(operation_tag<create_read_only_db_instance::request>{}); return true;
    case 57: f(operation_tag<create_replication_link::request>{}); return true;
    case 58: f(operation_tag<create_secret::request>{}); return true;
    case 59: f(operation_tag<create_service_linked_role::request>{}); return true;
    case 60: f(operation_tag<create_temp_db_instance::request>{}); return true;
    case 61: f(operation_tag<create_youhui_for_order::request>{}); return true;
    case 62: f(operation_tag<delete_ad_setting::request>{}); return true;
    case 63: f(operation_tag<delete_account::request>{}); return true;
    case 64: f(operation_tag<delete_backup::request>{}); return true;
    case 65: f(operation_tag<delete_backup_file::request>{}); return true;
    case 66: f(operation_tag<delete_db_instance::request>{}); return true;
    case 67: f(operation_tag<delete_db_instance_endpoint::request>{}); return true;
    case 68: f(operation_tag<delete_db_instance_endpoint_address::request>{}); return true;
    case 69: f(operation_tag<delete_db_instance_replication::request>{}); return true;
    case 70: f(operation_tag<delete_db_instance_security_group_rule::request>{}); return true;
    case 71: f(operation_tag<delete_db_nodes::request>{}); return true;
    case 72: f(operation_tag<delete_db_proxy_endpoint_address::request>{}); return true;
    case 73: f(operation_tag<delete_database::request>{}); return true;
    case 74: f(operation_tag<delete_gad_instance::request>{}); return true;
    case 75: f(operation_tag<delete_masking_rules::request>{}); return true;
    case 76: f(operation_tag<delete_parameter_group::request>{}); return true;
    case 77: f(operation_tag<delete_parameter_timed_schedule_task::request>{}); return true;
    case 78: f(operation_tag<delete_postgres_extensions::request>{}); return true;
    case 79: f(operation_tag<delete_rc_cluster_nodes::request>{}); return true;
    case 80: f(operation_tag<delete_rc_deployment_set::request>{}); return true;
    case 81: f(operation_tag<delete_rc_disk::request>{}); return true;
    case 82: f(operation_tag<delete_rc_instance::request>{}); return true;
    case 83: f(operation_tag<delete_rc_instances::request>{}); return true;
    case 84: f(operation_tag<delete_rc_node_pool::request>{}); return true;
    case 85: f(operation_tag<delete_rc_snapshot::request>{}); return true;
    case 86: f(operation_tag<delete_rcv_cluster::request>{}); return true;
    case 87: f(operation_tag<delete_replication_link::request>{}); return true;
    case 88: f(operation_tag<delete_secret::request>{}); return true;
    case 89: f(operation_tag<delete_slot::request>{}); return true;
    case 90: f(operation_tag<delete_user_backup_file::request>{}); return true;
    case 91: f(operation_tag<descibe_imports_from_database::request>{}); return true;
    case 92: f(operation_tag<describe_ad_info::request>{}); return true;
    case 93: f(operation_tag<describe_account_masking_privilege::request>{}); return true;
    case 94: f(operation_tag<describe_accounts::request>{}); return true;
    case 95: f(operation_tag<describe_action_event_policy::request>{}); return true;
    case 96: f(operation_tag<describe_active_operation_maintain_conf::request>{}); return true;
    case 97: f(operation_tag<describe_active_operation_tasks::request>{}); return true;
    case 98: f(operation_tag<describe_all_whitelist_template::request>{}); return true;
    case 99: f(operation_tag<describe_analyticdb_by_primary_db_instance::request>{}); return true;
    case 100: f(operation_tag<describe_available_classes::request>{}); return true;
    case 101: f(operation_tag<describe_available_cross_region::request>{}); return true;
    case 102: f(operation_tag<describe_available_metrics::request>{}); return true;
    case 103: f(operation_tag<describe_available_recovery_time::request>{}); return true;
    case 104: f(operation_tag<describe_available_zones::request>{}); return true;
    case 105: f(operation_tag<describe_backup_database::request>{}); return true;
    case 106: f(operation_tag<describe_backup_policy::request>{}); return true;
    case 107: f(operation_tag<describe_backup_tasks::request>{}); return true;
    case 108: f(operation_tag<describe_backups::request>{}); return true;
    case 109: f(operation_tag<describe_binlog_files::request>{}); return true;
    case 110: f(operation_tag<describe_character_set_name::request>{}); return true;
    case 111: f(operation_tag<describe_class_details::request>{}); return true;
    case 112: f(operation_tag<describe_cloud_migration_precheck_result::request>{}); return true;
    case 113: f(operation_tag<describe_cloud_migration_result::request>{}); return true;
    case 114: f(operation_tag<describe_collation_time_zones::request>{}); return true;
    case 115: f(operation_tag<describe_compute_burst_config::request>{}); return true;
    case 116: f(operation_tag<describe_cross_backup_meta_list::request>{}); return true;
    case 117: f(operation_tag<describe_cross_region_backup_db_instance::request>{}); return true;
    case 118: f(operation_tag<describe_cross_region_backups::request>{}); return true;
    case 119: f(operation_tag<describe_cross_region_log_backup_files::request>{}); return true;
    case 120: f(operation_tag<describe_current_modify_order::request>{}); return true;
    case 121: f(operation_tag<describe_custins_resource_info::request>{}); return true;
    case 122: f(operation_tag<describe_db_instance_attribute::request>{}); return true;
    case 123: f(operation_tag<describe_db_instance_by_tags::request>{}); return true;
    case 124: f(operation_tag<describe_db_instance_cls::request>{}); return true;
    case 125: f(operation_tag<describe_db_instance_connectivity::request>{}); return true;
    case 126: f(operation_tag<describe_db_instance_detail::request>{}); return true;
    case 127: f(operation_tag<describe_db_instance_encryption_key::request>{}); return true;
    case 128: f(operation_tag<describe_db_instance_endpoints::request>{}); return true;
    case 129: f(operation_tag<describe_db_instance_ha_config::request>{}); return true;
    case 130: f(operation_tag<describe_db_instance_ip_array_list::request>{}); return true;
    case 131: f(operation_tag<describe_db_instance_ip_hostname::request>{}); return true;
    case 132: f(operation_tag<describe_db_instance_metrics::request>{}); return true;
    case 133: f(operation_tag<describe_db_instance_monitor::request>{}); return true;
    case 134: f(operation_tag<describe_db_instance_net_info::request>{}); return true;
    case 135: f(operation_tag<describe_db_instance_net_info_for_channel::request>{}); return true;
    case 136: f(operation_tag<describe_db_instance_performance::request>{}); return true;
    case 137: f(operation_tag<describe_db_instance_promote_activity::request>{}); return true;
    case 138: f(operation_tag<describe_db_instance_proxy_configuration::request>{}); return true;
    case 139: f(operation_tag<describe_db_instance_replication::request>{}); return true;
    case 140: f(operation_tag<describe_db_instance_ssl::request>{}); return true;
    case 141: f(operation_tag<describe_db_instance_security_group_rule::request>{}); return true;
    case 142: f(operation_tag<describe_db_instance_switch_log::request>{}); return true;
    case 143: f(operation_tag<describe_db_instance_tde::request>{}); return true;
    case 144: f(operation_tag<describe_db_instances::request>{}); return true;
    case 145: f(operation_tag<describe_db_instances_as_csv::request>{}); return true;
    case 146: f(operation_tag<describe_db_instances_by_expire_time::request>{}); return true;
    case 147: f(operation_tag<describe_db_instances_by_performance::request>{}); return true;
    case 148: f(operation_tag<describe_db_instances_for_clone::request>{}); return true;
    case 149: f(operation_tag<describe_db_mini_engine_versions::request>{}); return true;
    case 150: f(operation_tag<describe_db_proxy::request>{}); return true;
    case 151: f(operation_tag<describe_db_proxy_endpoint::request>{}); return true;
    case 152: f(operation_tag<describe_db_proxy_performance::request>{}); return true;
    case 153: f(operation_tag<describe_dtc_security_ip_hosts_for_sql_server::request>{}); return true;
    case 154: f(operation_tag<describe_databases::request>{}); return true;
    case 155: f(operation_tag<describe_dedicated_host_groups::request>{}); return true;
    case 156: f(operation_tag<describe_dedicated_hosts::request>{}); return true;
    case 157: f(operation_tag<describe_detached_backups::request>{}); return true;
    case 158: f(operation_tag<describe_error_logs::request>{}); return true;
    case 159: f(operation_tag<describe_events::request>{}); return true;
    case 160: f(operation_tag<describe_gad_instances::request>{}); return true;
    case 161: f(operation_tag<describe_ha_diagnose_config::request>{}); return true;
    case 162: f(operation_tag<describe_ha_switch_config::request>{}); return true;
    case 163: f(operation_tag<describe_history_events::request>{}); return true;
    case 164: f(operation_tag<describe_history_events_stat::request>{}); return true;
    case 165: f(operation_tag<describe_history_tasks::request>{}); return true;
    case 166: f(operation_tag<describe_history_tasks_stat::request>{}); return true;
    case 167: f(operation_tag<describe_host_group_elastic_strategy_parameters::request>{}); return true;
    case 168: f(operation_tag<describe_host_web_shell::request>{}); return true;
    case 169: f(operation_tag<describe_import_task::request>{}); return true;
    case 170: f(operation_tag<describe_import_task_validation::request>{}); return true;
    case 171: f(operation_tag<describe_imports_for_sql_server::request>{}); return true;
    case 172: f(operation_tag<describe_instance_auto_renewal_attribute::request>{}); return true;
    case 173: f(operation_tag<describe_instance_cross_backup_policy::request>{}); return true;
    case 174: f(operation_tag<describe_instance_keywords::request>{}); return true;
    case 175: f(operation_tag<describe_instance_linked_whitelist_template::request>{}); return true;
    case 176: f(operation_tag<describe_kms_associate_resources::request>{}); return true;
    case 177: f(operation_tag<describe_local_available_recovery_time::request>{}); return true;
    case 178: f(operation_tag<describe_log_backup_files::request>{}); return true;
    case 179: f(operation_tag<describe_marketing_activity::request>{}); return true;
    case 180: f(operation_tag<describe_masking_rules::request>{}); return true;
    case 181: f(operation_tag<describe_meta_list::request>{}); return true;
    case 182: f(operation_tag<describe_migrate_task_by_id::request>{}); return true;
    case 183: f(operation_tag<describe_migrate_tasks::request>{}); return true;
    case 184: f(operation_tag<describe_modify_pg_hba_config_log::request>{}); return true;
    case 185: f(operation_tag<describe_modify_parameter_log::request>{}); return true;
    case 186: f(operation_tag<describe_oss_downloads::request>{}); return true;
    case 187: f(operation_tag<describe_pg_hba_config::request>{}); return true;
    case 188: f(operation_tag<describe_parameter_group::request>{}); return true;
    case 189: f(operation_tag<describe_parameter_groups::request>{}); return true;
    case 190: f(operation_tag<describe_parameter_templates::request>{}); return true;
    case 191: f(operation_tag<describe_parameter_timed_schedule_task::request>{}); return true;
    case 192: f(operation_tag<describe_parameters::request>{}); return true;
    case 193: f(operation_tag<describe_postgres_extensions::request>{}); return true;
    case 194: f(operation_tag<describe_price::request>{}); return true;
    case 195: f(operation_tag<describe_quick_sale_config::request>{}); return true;
    case 196: f(operation_tag<describe_rc_available_resource::request>{}); return true;
    case 197: f(operation_tag<describe_rc_cloud_assistant_status::request>{}); return true;
    case 198: f(operation_tag<describe_rc_cluster_config::request>{}); return true;
    case 199: f(operation_tag<describe_rc_cluster_nodes::request>{}); return true;
    case 200: f(operation_tag<describe_rc_clusters::request>{}); return true;
    case 201: f(operation_tag<describe_rc_deployment_sets::request>{}); return true;
    case 202: f(operation_tag<describe_rc_disks::request>{}); return true;
    case 203: f(operation_tag<describe_rc_elastic_scaling::request>{}); return true;
    case 204: f(operation_tag<describe_rc_image_list::request>{}); return true;
    case 205: f(operation_tag<describe_rc_instance_attribute::request>{}); return true;
    case 206: f(operation_tag<describe_rc_instance_ddos_count::request>{}); return true;
    case 207: f(operation_tag<describe_rc_instance_history_events::request>{}); return true;
    case 208: f(operation_tag<describe_rc_instance_ip_address::request>{}); return true;
    case 209: f(operation_tag<describe_rc_instance_type_families::request>{}); return true;
    case 210: f(operation_tag<describe_rc_instance_types::request>{}); return true;
    case 211: f(operation_tag<describe_rc_instance_vnc_url::request>{}); return true;
    case 212: f(operation_tag<describe_rc_instances::request>{}); return true;
    case 213: f(operation_tag<describe_rc_invocation_results::request>{}); return true;
    case 214: f(operation_tag<describe_rc_metric_list::request>{}); return true;
    case 215: f(operation_tag<describe_rc_network_interfaces::request>{}); return true;
    case 216: f(operation_tag<describe_rc_node_pool::request>{}); return true;
    case 217: f(operation_tag<describe_rc_resources_modification::request>{}); return true;
    case 218: f(operation_tag<describe_rc_security_group_list::request>{}); return true;
    case 219: f(operation_tag<describe_rc_security_group_permission::request>{}); return true;
    case 220: f(operation_tag<describe_rc_snapshots::request>{}); return true;
    case 221: f(operation_tag<describe_rcv_cluster::request>{}); return true;
    case 222: f(operation_tag<describe_rds_resource_settings::request>{}); return true;
    case 223: f(operation_tag<describe_read_db_instance_delay::request>{}); return true;
    case 224: f(operation_tag<describe_region_infos::request>{}); return true;
    case 225: f(operation_tag<describe_regions::request>{}); return true;
    case 226: f(operation_tag<describe_renewal_price::request>{}); return true;
    case 227: f(operation_tag<describe_replication_link_logs::request>{}); return true;
    case 228: f(operation_tag<describe_resource_details::request>{}); return true;
    case 229: f(operation_tag<describe_resource_usage::request>{}); return true;
    case 230: f(operation_tag<describe_sql_collector_policy::request>{}); return true;
    case 231: f(operation_tag<describe_sql_collector_retention::request>{}); return true;
    case 232: f(operation_tag<describe_sql_log_files::request>{}); return true;
    case 233: f(operation_tag<describe_sql_log_records::request>{}); return true;
    case 234: f(operation_tag<describe_sql_log_report_list::request>{}); return true;
    case 235: f(operation_tag<describe_sql_server_upgrade_versions::request>{}); return true;
    case 236: f(operation_tag<describe_secrets::request>{}); return true;
    case 237: f(operation_tag<describe_security_group_configuration::request>{}); return true;
    case 238: f(operation_tag<describe_slots::request>{}); return true;
    case 239: f(operation_tag<describe_slow_log_records::request>{}); return true;
    case 240: f(operation_tag<describe_slow_logs::request>{}); return true;
    case 241: f(operation_tag<describe_support_online_resize_disk::request>{}); return true;
    case 242: f(operation_tag<describe_tags::request>{}); return true;
    case 243: f(operation_tag<describe_tasks::request>{}); return true;
    case 244: f(operation_tag<describe_upgrade_major_version_precheck_task::request>{}); return true;
    case 245: f(operation_tag<describe_upgrade_major_version_tasks::request>{}); return true;
    case 246: f(operation_tag<describe_v_switch_list::request>{}); return true;
    case 247: f(operation_tag<describe_v_switches::request>{}); return true;
    case 248: f(operation_tag<describe_vpcs::request>{}); return true;
    case 249: f(operation_tag<describe_whitelist_template::request>{}); return true;
    case 250: f(operation_tag<describe_whitelist_template_linked_instance::request>{}); return true;
    case 251: f(operation_tag<destroy_db_instance::request>{}); return true;
    case 252: f(operation_tag<detach_gad_instance_member::request>{}); return true;
    case 253: f(operation_tag<detach_rc_disk::request>{}); return true;
    case 254: f(operation_tag<detach_whitelist_template_to_instance::request>{}); return true;
    case 255: f(operation_tag<enable_backup_encryption::request>{}); return true;
    case 256: f(operation_tag<evaluate_local_extend_disk::request>{}); return true;
    case 257: f(operation_tag<get_db_instance_topology::request>{}); return true;
    case 258: f(operation_tag<get_db_proxy_instance_ssl::request>{}); return true;
    case 259: f(operation_tag<grant_account_privilege::request>{}); return true;
    case 260: f(operation_tag<grant_operator_permission::request>{}); return true;
    case 261: f(operation_tag<import_database_between_instances::request>{}); return true;
    case 262: f(operation_tag<import_user_backup_file::request>{}); return true;
    case 263: f(operation_tag<install_rc_cloud_assistant::request>{}); return true;
    case 264: f(operation_tag<list_classes::request>{}); return true;
    case 265: f(operation_tag<list_import_tasks::request>{}); return true;
    case 266: f(operation_tag<list_rcv_clusters::request>{}); return true;
    case 267: f(operation_tag<list_tag_resources::request>{}); return true;
    case 268: f(operation_tag<list_user_backup_files::request>{}); return true;
    case 269: f(operation_tag<lock_account::request>{}); return true;
    case 270: f(operation_tag<migrate_connection_to_other_zone::request>{}); return true;
    case 271: f(operation_tag<migrate_db_instance::request>{}); return true;
    case 272: f(operation_tag<migrate_db_nodes::request>{}); return true;
    case 273: f(operation_tag<migrate_security_ip_mode::request>{}); return true;
    case 274: f(operation_tag<migrate_to_other_zone::request>{}); return true;
    case 275: f(operation_tag<modify_ad_info::request>{}); return true;
    case 276: f(operation_tag<modify_account_check_policy::request>{}); return true;
    case 277: f(operation_tag<modify_account_description::request>{}); return true;
    case 278: f(operation_tag<modify_account_masking_privilege::request>{}); return true;
    case 279: f(operation_tag<modify_account_security_policy::request>{}); return true;
    case 280: f(operation_tag<modify_action_event_policy::request>{}); return true;
    case 281: f(operation_tag<modify_active_operation_tasks::request>{}); return true;
    case 282: f(operation_tag<modify_backup_policy::request>{}); return true;
    case 283: f(operation_tag<modify_backup_set_expire_time::request>{}); return true;
    case 284: f(operation_tag<modify_collation_time_zone::request>{}); return true;
    case 285: f(operation_tag<modify_compute_burst_config::request>{}); return true;
    case 286: f(operation_tag<modify_custins_resource::request>{}); return true;
    case 287: f(operation_tag<modify_db_description::request>{}); return true;
    case 288: f(operation_tag<modify_db_instance::request>{}); return true;
    case 289: f(operation_tag<modify_db_instance_auto_upgrade_minor_version::request>{}); return true;
    case 290: f(operation_tag<modify_db_instance_cls::request>{}); return true;
    case 291: f(operation_tag<modify_db_instance_config::request>{}); return true;
    case 292: f(operation_tag<modify_db_instance_connection_string::request>{}); return true;
    case 293: f(operation_tag<modify_db_instance_delayed_replication_time::request>{}); return true;
    case 294: f(operation_tag<modify_db_instance_deletion_protection::request>{}); return true;
    case 295: f(operation_tag<modify_db_instance_description::request>{}); return true;
    case 296: f(operation_tag<modify_db_instance_endpoint::request>{}); return true;
    case 297: f(operation_tag<modify_db_instance_endpoint_address::request>{}); return true;
    case 298: f(operation_tag<modify_db_instance_ha_config::request>{}); return true;
    case 299: f(operation_tag<modify_db_instance_maintain_time::request>{}); return true;
    case 300: f(operation_tag<modify_db_instance_metrics::request>{}); return true;
    case 301: f(operation_tag<modify_db_instance_monitor::request>{}); return true;
    case 302: f(operation_tag<modify_db_instance_network_expire_time::request>{}); return true;
    case 303: f(operation_tag<modify_db_instance_network_type::request>{}); return true;
    case 304: f(operation_tag<modify_db_instance_pay_type::request>{}); return true;
    case 305: f(operation_tag<modify_db_instance_replication_switch::request>{}); return true;
    case 306: f(operation_tag<modify_db_instance_ssl::request>{}); return true;
    case 307: f(operation_tag<modify_db_instance_security_group_rule::request>{}); return true;
    case 308: f(operation_tag<modify_db_instance_spec::request>{}); return true;
    case 309: f(operation_tag<modify_db_instance_tde::request>{}); return true;
    case 310: f(operation_tag<modify_db_instance_vector_support_status::request>{}); return true;
    case 311: f(operation_tag<modify_db_node::request>{}); return true;
    case 312: f(operation_tag<modify_db_proxy::request>{}); return true;
    case 313: f(operation_tag<modify_db_proxy_endpoint::request>{}); return true;
    case 314: f(operation_tag<modify_db_proxy_endpoint_address::request>{}); return true;
    case 315: f(operation_tag<modify_db_proxy_instance::request>{}); return true;
    case 316: f(operation_tag<modify_dtc_security_ip_hosts_for_sql_server::request>{}); return true;
    case 317: f(operation_tag<modify_das_instance_config::request>{}); return true;
    case 318: f(operation_tag<modify_database_config::request>{}); return true;
    case 319: f(operation_tag<modify_db_proxy_instance_ssl::request>{}); return true;
    case 320: f(operation_tag<modify_event_info::request>{}); return true;
    case 321: f(operation_tag<modify_ha_diagnose_config::request>{}); return true;
    case 322: f(operation_tag<modify_ha_switch_config::request>{}); return true;
    case 323: f(operation_tag<modify_import_task::request>{}); return true;
    case 324: f(operation_tag<modify_instance_auto_renewal_attribute::request>{}); return true;
    case 325: f(operation_tag<modify_instance_cross_backup_policy::request>{}); return true;
    case 326: f(operation_tag<modify_masking_rules::request>{}); return true;
    case 327: f(operation_tag<modify_pg_hba_config::request>{}); return true;
    case 328: f(operation_tag<modify_parameter::request>{}); return true;
    case 329: f(operation_tag<modify_parameter_group::request>{}); return true;
    case 330: f(operation_tag<modify_parameter_timed_schedule_task::request>{}); return true;
    case 331: f(operation_tag<modify_rc_deployment_set_attribute::request>{}); return true;
    case 332: f(operation_tag<modify_rc_disk_attribute::request>{}); return true;
    case 333: f(operation_tag<modify_rc_disk_charge_type::request>{}); return true;
    case 334: f(operation_tag<modify_rc_disk_spec::request>{}); return true;
    case 335: f(operation_tag<modify_rc_elastic_scaling::request>{}); return true;
    case 336: f(operation_tag<modify_rc_instance::request>{}); return true;
    case 337: f(operation_tag<modify_rc_instance_attribute::request>{}); return true;
    case 338: f(operation_tag<modify_rc_instance_charge_type::request>{}); return true;
    case 339: f(operation_tag<modify_rc_instance_description::request>{}); return true;
    case 340: f(operation_tag<modify_rc_instance_key_pair::request>{}); return true;
    case 341: f(operation_tag<modify_rc_instance_network_spec::request>{}); return true;
    case 342: f(operation_tag<modify_rc_instance_vpc_attribute::request>{}); return true;
    case 343: f(operation_tag<modify_rc_security_group_permission::request>{}); return true;
    case 344: f(operation_tag<modify_rcv_cluster::request>{}); return true;
    case 345: f(operation_tag<modify_read_write_splitting_connection::request>{}); return true;
    case 346: f(operation_tag<modify_readonly_instance_delay_replication_time::request>{}); return true;
    case 347: f(operation_tag<modify_resource_group::request>{}); return true;
    case 348: f(operation_tag<modify_sql_collector_policy::request>{}); return true;
    case 349: f(operation_tag<modify_sql_collector_retention::request>{}); return true;
    case 350: f(operation_tag<modify_security_group_configuration::request>{}); return true;
    case 351: f(operation_tag<modify_security_ips::request>{}); return true;
    case 352: f(operation_tag<modify_task_info::request>{}); return true;
    case 353: f(operation_tag<modify_whitelist_template::request>{}); return true;
    case 354: f(operation_tag<pre_check_create_order_for_delete_db_nodes::request>{}); return true;
    case 355: f(operation_tag<precheck_duck_db_dependency::request>{}); return true;
    case 356: f(operation_tag<purge_db_instance_log::request>{}); return true;
    case 357: f(operation_tag<query_notify::request>{}); return true;
    case 358: f(operation_tag<query_recommend_by_code::request>{}); return true;
    case 359: f(operation_tag<rds_custom_init::request>{}); return true;
    case 360: f(operation_tag<reboot_rc_instance::request>{}); return true;
    case 361: f(operation_tag<reboot_rc_instances::request>{}); return true;
    case 362: f(operation_tag<rebuild_db_instance::request>{}); return true;
    case 363: f(operation_tag<rebuild_replication_link::request>{}); return true;
    case 364: f(operation_tag<receive_db_instance::request>{}); return true;
    case 365: f(operation_tag<recovery_db_instance::request>{}); return true;
    case 366: f(operation_tag<redeploy_rc_instance::request>{}); return true;
    case 367: f(operation_tag<release_instance_connection::request>{}); return true;
    case 368: f(operation_tag<release_instance_public_connection::request>{}); return true;
    case 369: f(operation_tag<release_read_write_splitting_connection::request>{}); return true;
    case 370: f(operation_tag<remove_tags_from_resource::request>{}); return true;
    case 371: f(operation_tag<renew_instance::request>{}); return true;
    case 372: f(operation_tag<renew_rc_instance::request>{}); return true;
    case 373: f(operation_tag<replace_rc_instance_system_disk::request>{}); return true;
    case 374: f(operation_tag<reset_account::request>{}); return true;
    case 375: f(operation_tag<reset_account_password::request>{}); return true;
    case 376: f(operation_tag<resize_rc_instance_disk::request>{}); return true;
    case 377: f(operation_tag<restart_db_instance::request>{}); return true;
    case 378: f(operation_tag<restore_ddr_table::request>{}); return true;
    case 379: f(operation_tag<restore_table::request>{}); return true;
    case 380: f(operation_tag<revoke_account_privilege::request>{}); return true;
    case 381: f(operation_tag<revoke_operator_permission::request>{}); return true;
    case 382: f(operation_tag<revoke_rc_security_group_permission::request>{}); return true;
    case 383: f(operation_tag<run_rc_command::request>{}); return true;
    case 384: f(operation_tag<run_rc_instances::request>{}); return true;
    case 385: f(operation_tag<start_db_instance::request>{}); return true;
    case 386: f(operation_tag<start_rc_instance::request>{}); return true;
    case 387: f(operation_tag<start_rc_instances::request>{}); return true;
    case 388: f(operation_tag<stop_db_instance::request>{}); return true;
    case 389: f(operation_tag<stop_rc_instance::request>{}); return true;
    case 390: f(operation_tag<stop_rc_instances::request>{}); return true;
    case 391: f(operation_tag<switch_db_instance_ha::request>{}); return true;
    case 392: f(operation_tag<switch_db_instance_net_type::request>{}); return true;
    case 393: f(operation_tag<switch_db_instance_vpc::request>{}); return true;
    case 394: f(operation_tag<switch_over_major_version_upgrade::request>{}); return true;
    case 395: f(operation_tag<switch_replication_link::request>{}); return true;
    case 396: f(operation_tag<sync_rc_key_pair::request>{}); return true;
    case 397: f(operation_tag<sync_rc_security_group::request>{}); return true;
    case 398: f(operation_tag<tag_resources::request>{}); return true;
    case 399: f(operation_tag<terminate_migrate_task::request>{}); return true;
    case 400: f(operation_tag<transform_db_instance_pay_type::request>{}); return true;
    case 401: f(operation_tag<unassociate_eip_address_with_rc_instance::request>{}); return true;
    case 402: f(operation_tag<unlock_account::request>{}); return true;
    case 403: f(operation_tag<untag_resources::request>{}); return true;
    case 404: f(operation_tag<update_db_instance_replication::request>{}); return true;
    case 405: f(operation_tag<update_postgres_extensions::request>{}); return true;
    case 406: f(operation_tag<update_user_backup_file::request>{}); return true;
    case 407: f(operation_tag<upgrade_db_instance_engine_version::request>{}); return true;
    case 408: f(operation_tag<upgrade_db_instance_kernel_version::request>{}); return true;
    case 409: f(operation_tag<upgrade_db_instance_major_version::request>{}); return true;
    case 410: f(operation_tag<upgrade_db_instance_major_version_precheck::request>{}); return true;
    case 411: f(operation_tag<upgrade_db_proxy_instance_kernel_version::request>{}); return true;
    case 412: f(operation_tag<validate_import_task::request>{}); return true;
    default: return false;
  }
}

}  // namespace rdscodec::rds

#endif
