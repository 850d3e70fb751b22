#!/usr/bin/env node
// The motcua-server command: a committed launcher (so installing the package in the monorepo,
// before any build, creates the bin without a warning) that runs the built CLI.
import "../dist/cli.js";
