import { describe } from "vitest";
import { fuzzPackage } from "../src/suite";

describe("fuzz: @motcua/core", () => fuzzPackage("core"));
