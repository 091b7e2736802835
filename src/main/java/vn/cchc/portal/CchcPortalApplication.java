package vn.cchc.portal;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The provincial administrative-reform (CCHC) planning portal: one application, one
 * module per capability below this package.
 */
@SpringBootApplication
public class CchcPortalApplication {

	public static void main(String[] args) {
		SpringApplication.run(CchcPortalApplication.class, args);
	}

}
