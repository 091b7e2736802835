package vn.cchc.portal.shared.time;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.syntax.elements.ClassesShould;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * "Now" comes from the one {@link Clock} bean, in Việt Nam's time zone: a call to the
 * system's clock elsewhere would judge deadlines by the machine's date (UTC's until 7:00
 * in Việt Nam) and escape the tests' clock. The benchmark generator, a command-line tool
 * run outside the portal, is left out.
 */
class OneClockTests {

	/** Imported once: the portal's classes and the tests'. */
	private static final JavaClasses ALL = new ClassFileImporter().importPackages("vn.cchc.portal");

	private static final DescribedPredicate<JavaClass> TEST_CODE = DescribedPredicate.describe("test code",
			(type) -> type.getSource()
				.map((source) -> source.getUri().toString().contains("/test-classes/"))
				.orElse(false));

	private static final JavaClasses PORTAL = ALL.that(DescribedPredicate.not(TEST_CODE));

	private static final JavaClasses TESTS = ALL.that(TEST_CODE);

	@Test
	void nothingButTheClockBeanReadsTheSystemTime() {
		readingTheSystemTime(noClasses().that()
			.resideOutsideOfPackage("vn.cchc.portal.bench..")
			.and()
			.doNotHaveFullyQualifiedName(TimeConfiguration.class.getName())
			.should()).because("every \"now\" comes from the one Clock bean (TimeConfiguration)").check(PORTAL);
	}

	/** Nor does a test: each sets the time it needs on the test clock. */
	@Test
	void noTestReadsTheRealDate() {
		readingTheSystemTime(noClasses().should()).because("a test passes on any day only if it sets its own time")
			.check(TESTS);
	}

	private static ArchRule readingTheSystemTime(ClassesShould should) {
		return should.callMethod(LocalDate.class, "now")
			.orShould()
			.callMethod(LocalDate.class, "now", ZoneId.class)
			.orShould()
			.callMethod(LocalDateTime.class, "now")
			.orShould()
			.callMethod(LocalDateTime.class, "now", ZoneId.class)
			.orShould()
			.callMethod(LocalTime.class, "now")
			.orShould()
			.callMethod(Instant.class, "now")
			.orShould()
			.callMethod(ZonedDateTime.class, "now")
			.orShould()
			.callMethod(ZonedDateTime.class, "now", ZoneId.class)
			.orShould()
			.callMethod(OffsetDateTime.class, "now")
			.orShould()
			.callMethod(Year.class, "now")
			.orShould()
			.callMethod(YearMonth.class, "now")
			.orShould()
			.callMethod(Clock.class, "systemUTC")
			.orShould()
			.callMethod(Clock.class, "systemDefaultZone")
			.orShould()
			.callMethod(Clock.class, "system", ZoneId.class)
			.orShould()
			.callMethod(System.class, "currentTimeMillis");
	}

}
