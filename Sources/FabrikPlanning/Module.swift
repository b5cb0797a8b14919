// FabrikPlanning module.
