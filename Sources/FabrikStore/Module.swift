// FabrikStore module.
