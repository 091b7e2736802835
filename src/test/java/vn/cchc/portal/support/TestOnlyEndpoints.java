package vn.cchc.portal.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Endpoints that fail on purpose, to show what users see when something breaks. Only in
 * tests.
 */
@TestConfiguration
@RestController
public class TestOnlyEndpoints {

	@GetMapping("/test-only/failure")
	String failure() {
		throw new IllegalStateException("secret detail");
	}

	@GetMapping("/test-only/conflict")
	String conflict() {
		throw new ObjectOptimisticLockingFailureException("Agency", 1L);
	}

}
