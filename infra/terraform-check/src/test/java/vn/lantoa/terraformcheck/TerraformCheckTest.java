package vn.lantoa.terraformcheck;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.FileVisitResult;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * check.sh on the repository's terraform/ and on fixtures: a configuration that uses the provider correctly passes,
 * and each kind of mistake fails the build with a line "file:line: what is wrong". Go and HCL v2's source come from
 * Debian (.ci/run installs them); where they are missing the tests are skipped with the reason, as the browser tests
 * are without Chromium.
 */
class TerraformCheckTest {

    static final Path ROOT = Path.of(System.getProperty("lantoa.repo.root", "../..")).toAbsolutePath().normalize();
    static final String FIXTURES = "infra/terraform-check/src/test/fixtures/";

    @BeforeAll
    static void goAndHclAreInstalled() {
        Assumptions.assumeTrue(runs("go", "version") && Files.isDirectory(Path.of("/usr/share/gocode/src/github.com/hashicorp/hcl/v2")),
                "Go and HCL v2's source are not installed here: apt-get install golang-go golang-github-hashicorp-hcl-v2-dev (.ci/run does)");
    }

    @Test
    void theRepositorysTerraformParsesIsFormattedAndUsesOnlyWhatTheAwsProviderHas() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(ROOT.resolve("terraform")), "there is no terraform/ in this checkout yet");
        Result result = check();
        assertThat(result.output).contains(" problems");
        assertThat(result.exit).as(result.output).isZero();
    }

    @Test
    void everyTerraformFileOfTheRepositoryIsInTheCheckedFolder() throws IOException {
        Set<String> skipped = Set.of(".git", "target", "node_modules", ".terraform", "lantoa-data");
        Set<Path> checked = Set.of(ROOT.resolve("terraform"), ROOT.resolve(FIXTURES));
        List<String> outside = new ArrayList<>();
        Files.walkFileTree(ROOT, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                return checked.contains(dir) || !dir.equals(ROOT) && skipped.contains(dir.getFileName().toString())
                        ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (file.toString().endsWith(".tf") || file.toString().endsWith(".tfvars")) {
                    outside.add(ROOT.relativize(file).toString());
                }
                return FileVisitResult.CONTINUE;
            }
        });
        assertThat(outside).as("check.sh checks the .tf files under terraform/ only").isEmpty();
    }

    @Test
    void aConfigurationThatUsesTheProviderModulesAndDynamicBlocksCorrectlyPasses() throws Exception {
        Result result = check(FIXTURES + "good");
        assertThat(result.exit).as(result.output).isZero();
        assertThat(result.output).contains("tfcheck: 2 files in 2 modules, hashicorp/aws 6.25.0 schema: 0 problems");
    }

    @Test
    void anUnformattedFileFailsAtItsFirstDifferenceWithTheCommandThatFormatsIt() throws Exception {
        assertThat(failures("bad/unformatted")).containsExactly(FIXTURES + "bad/unformatted/main.tf:2: is not formatted as hclfmt and"
                + " terraform fmt write it (first difference on this line): run infra/terraform-check/target/bin/hclfmt -w "
                + FIXTURES + "bad/unformatted/main.tf");
    }

    @Test
    void aFileThatDoesNotParseFailsWithTheParsersMessage() throws Exception {
        assertThat(failures("bad/parse-error")).containsExactly(FIXTURES + "bad/parse-error/main.tf:1: does not parse: Unclosed"
                + " configuration block: There is no closing brace for this block before the end of the file. This may be caused"
                + " by incorrect brace nesting elsewhere in this file.");
    }

    @Test
    void anUnknownResourceTypeOrDataSourceFailsWithTheNearestName() throws Exception {
        assertThat(failures("bad/unknown-resource")).containsExactly(
                FIXTURES + "bad/unknown-resource/main.tf:1: unknown resource type aws_s3_bucket_versionning: hashicorp/aws 6.25.0"
                        + " has no such resource type (did you mean \"aws_s3_bucket_versioning\"?)",
                FIXTURES + "bad/unknown-resource/main.tf:5: unknown data source aws_availability_zone_list: hashicorp/aws 6.25.0"
                        + " has no such data source");
    }

    @Test
    void anUnknownArgumentFailsOnTheResourceInsideItsNestedBlocksAndInIgnoreChanges() throws Exception {
        assertThat(failures("bad/unknown-argument")).containsExactly(
                FIXTURES + "bad/unknown-argument/main.tf:3: unknown argument \"versioned\" in resource aws_s3_bucket",
                FIXTURES + "bad/unknown-argument/main.tf:8: resource aws_s3_bucket_versioning > versioning_configuration:"
                        + " the required argument status = ... is missing",
                FIXTURES + "bad/unknown-argument/main.tf:9: unknown argument \"state\" in resource aws_s3_bucket_versioning"
                        + " > versioning_configuration (did you mean \"status\"?)",
                FIXTURES + "bad/unknown-argument/main.tf:17: resource aws_autoscaling_group: ignore_changes names"
                        + " \"desired_capacty\", which is not one of its arguments (did you mean \"desired_capacity\"?)");
    }

    @Test
    void aMissingRequiredArgumentOrBlockAnAttributeTheResourceDoesNotHaveAndAMissingTemplateFail() throws Exception {
        String file = FIXTURES + "bad/missing-required/main.tf";
        assertThat(failures("bad/missing-required")).containsExactly(
                file + ":1: resource aws_subnet: the required argument vpc_id = ... is missing",
                file + ":5: resource aws_s3_bucket_versioning: the required block versioning_configuration { ... } is missing",
                file + ":10: aws_subnet.public.cidr_blok: aws_subnet has no attribute \"cidr_blok\" (did you mean \"cidr_block\"?)",
                file + ":14: templatefile(\"" + FIXTURES + "bad/missing-required/user-data.sh.tftpl\"): no such file");
    }

    @Test
    void anUnknownNestedBlockFailsDynamicBlocksIncluded() throws Exception {
        assertThat(failures("bad/unknown-block")).containsExactly(
                FIXTURES + "bad/unknown-block/main.tf:4: unknown block \"server_side_encryption\" in resource"
                        + " aws_s3_bucket_server_side_encryption_configuration > rule",
                FIXTURES + "bad/unknown-block/main.tf:12: unknown block \"ingres\" in resource aws_security_group"
                        + " (did you mean \"ingress\"?)");
    }

    @Test
    void aModuleCallFailsOnAVariableTheModuleLacksAMissingRequiredVariableAndAMissingFolder() throws Exception {
        String module = FIXTURES + "bad/module-variable/modules/site";
        assertThat(failures("bad/module-variable")).containsExactly(
                FIXTURES + "bad/module-variable/main.tf:1: module \"site\": required variable \"certificate_arn\" of " + module
                        + " (no default) is not passed",
                FIXTURES + "bad/module-variable/main.tf:4: module \"site\": " + module + " declares no variable \"cert_arns\"",
                FIXTURES + "bad/module-variable/main.tf:8: module \"missing\": source " + FIXTURES
                        + "bad/module-variable/modules/none is not a folder with .tf files");
    }

    @Test
    void referencesToUndeclaredLocalsVariablesResourcesModuleOutputsAndCountFail() throws Exception {
        String file = FIXTURES + "bad/references/main.tf";
        assertThat(failures("bad/references")).containsExactly(
                file + ":4: local.host: no local value \"host\" is declared in " + FIXTURES + "bad/references",
                file + ":5: aws_acm_certificate.site is not declared in " + FIXTURES + "bad/references",
                file + ":9: module.site.address: " + FIXTURES + "bad/module-variable/modules/site has no output \"address\"",
                file + ":13: var.region: no variable \"region\" is declared in " + FIXTURES + "bad/references",
                file + ":17: count.index in resource aws_eip.nat, which has no count");
    }

    @Test
    void aProviderAliasThatIsNotConfiguredNotDeclaredByTheModuleOrNotPassedFails() throws Exception {
        String file = FIXTURES + "bad/providers/main.tf";
        String dir = FIXTURES + "bad/providers";
        assertThat(failures("bad/providers")).containsExactly(
                file + ":6: module \"cdn\": " + dir + "/modules/cdn needs the provider configuration aws.us_east_1, passed in"
                        + " providers = { aws.us_east_1 = ... }",
                file + ":9: module \"cdn\": " + dir + "/modules/cdn declares no configuration_aliases aws.east",
                file + ":16: module \"cdn_again\": provider aws.us_east is not configured in " + dir,
                file + ":21: provider aws.us_east: no provider block in " + dir + " has that alias, nor do its"
                        + " configuration_aliases list it");
    }

    @Test
    void aVariableTypeThatIsNoTypeADefaultOfAnotherTypeAndANonConstantDefaultFail() throws Exception {
        String file = FIXTURES + "bad/variable-types/main.tf";
        assertThat(failures("bad/variable-types")).containsExactly(
                file + ":2: variable \"instance_count\": type: The keyword \"numbr\" is not a valid type specification.",
                file + ":8: variable \"ports\": the default is not a list(number): [0]: a number is required",
                file + ":21: variable \"name\": a default is a constant, without references or function calls");
    }

    /** The problem lines of a fixture that must fail. */
    private static List<String> failures(String fixture) throws Exception {
        Result result = check(FIXTURES + fixture);
        assertThat(result.exit).as(result.output).isEqualTo(1);
        return result.output.lines().filter(line -> line.startsWith(FIXTURES)).toList();
    }

    record Result(int exit, String output) {
    }

    private static Result check(String... paths) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", "infra/terraform-check/check.sh"));
        command.addAll(List.of(paths));
        Process process = new ProcessBuilder(command).directory(ROOT.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        // The first run installs the schema package with npm ci (about a minute); later runs take a second or two.
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("check.sh timed out\n" + output);
        }
        return new Result(process.exitValue(), output);
    }

    private static boolean runs(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(1, TimeUnit.MINUTES) && process.exitValue() == 0;
        } catch (IOException notThere) {
            return false;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
