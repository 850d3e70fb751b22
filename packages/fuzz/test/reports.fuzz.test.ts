import { describe } from "vitest";
import { fuzzPackage } from "../src/suite";

describe("fuzz: @motcua/reports", () => fuzzPackage("reports"));
