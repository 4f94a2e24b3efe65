-- One database per service: services never share tables, only events.
create database ingest;
create database review_workflow;
create database publisher;
create database notifier;
