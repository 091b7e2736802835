package vn.cchc.portal.users;

import jakarta.persistence.EntityManager;

/**
 * The demo accounts as signed-in users, for service tests outside the users module that
 * run without the web layer (the principal's constructor is the users module's own).
 */
public final class DemoUsers {

	private DemoUsers() {
	}

	public static PortalUser load(EntityManager entityManager, String username) {
		UserAccount account = entityManager
			.createQuery("select u from UserAccount u where u.username = :username", UserAccount.class)
			.setParameter("username", username)
			.getSingleResult();
		return new PortalUser(account);
	}

}
