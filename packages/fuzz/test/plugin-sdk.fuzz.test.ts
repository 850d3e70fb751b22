import { describe } from "vitest";
import { fuzzPackage } from "../src/suite";

describe("fuzz: @motcua/plugin-sdk", () => fuzzPackage("plugin-sdk"));
